import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../../src/lib/segment/segmentArticle.ts';

const article = (body: string) => segmentArticle({ id: 'a', language: 'en', body });

describe('segmentArticle', () => {
  it('gives each sentence a 1-based p<n>-s<m> anchor', () => {
    const { paragraphs } = article('First one. Second one.\n\nThird one.');
    expect(paragraphs.flatMap((p) => p.sentences.map((s) => s.anchor))).toEqual(['p1-s1', 'p1-s2', 'p2-s1']);
  });

  it('marks a paragraph repeated later in the same article', () => {
    const { paragraphs } = article('Alpha said this. \n\nBeta.\n\nAlpha said  this.');
    expect(paragraphs[2]!.repeatOf).toBe(1);
    expect(paragraphs[0]!.repeatOf).toBeUndefined();
  });

  it('marks agency trailers, copyright lines and update notes as boilerplate, not the reporting around them', () => {
    const body = [
      'The court suspended the permit on Tuesday.',
      'Copyright 2025 The Associated Press. All rights reserved.',
      '(Reporting by Jane Doe; Editing by John Smith)',
      'This article was originally published by The Conversation.',
      'Updated: 25 November 2025',
      'Sign up for our daily newsletter.',
      'Reporting from the capital, the court said it would publish its reasons.',
    ].join('\n\n');
    expect(article(body).paragraphs.map((p) => p.kind)).toEqual([
      'text',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'text',
    ]);
  });

  it('marks a live blog’s notices about itself as boilerplate, not reporting on live events', () => {
    const body = [
      '*Our live coverage of the general election has now ended. Here is how the night unfolded.*',
      'Follow our live blog for updates.',
      'Live pictures showed crowds outside parliament.',
      "Follow our coverage of Saturday's march against the pension reform.",
    ].join('\n\n');
    expect(article(body).paragraphs.map((p) => p.kind)).toEqual(['boilerplate', 'boilerplate', 'text', 'boilerplate']);
  });

  it("marks bylines, date lines, a page's own timestamps and list labels as boilerplate, and takes the real headline for the headline", () => {
    const body = [
      '# Rwanda confirms talks with US',
      'By Jane Doe and John Roe, Reuters',
      'November 24, 2026 10:32 AM GMT',
      'Published 3 hours ago | Updated 1 hour ago',
      'KIGALI, Nov 24 (Reuters) - Rwanda said on Monday it was in early talks with the United States.',
      'Key points:',
      'By Monday, the talks had moved to Washington.',
      'Published two years ago, the report was ignored.',
    ].join('\n\n');
    expect(article(body).paragraphs.map((p) => p.kind)).toEqual([
      'heading',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'text',
      'boilerplate',
      'text',
      'text',
    ]);
  });

  it('marks a pull quote as repeating the paragraph it is taken from, wherever that paragraph is', () => {
    const body = [
      '> “We are not there yet,” the minister said on Monday.',
      'Talks began in March.',
      '“We are not there yet,” the minister said on Monday. He added that talks would continue.',
      'He declined to comment.',
      'He declined to comment. The ministry said nothing more.',
    ].join('\n\n');
    expect(article(body).paragraphs.map((p) => p.repeatOf)).toEqual([3, undefined, undefined, undefined, undefined]);
  });

  it('marks READ ALSO lines as boilerplate', () => {
    const { paragraphs } = article('Real news here.\n\nREAD ALSO: Another Story Entirely');
    expect(paragraphs.map((p) => p.kind)).toEqual(['text', 'boilerplate']);
  });

  it('recognises a title-case line without punctuation as a headline and keeps it whole', () => {
    const { paragraphs } = article('Rwanda Engages in Preliminary Talks with U.S. Over Deportation of Migrants\n\nThe talks began.');
    expect(paragraphs[0]!.kind).toBe('heading');
    expect(paragraphs[0]!.sentences).toHaveLength(1);
  });

  it('recognises a sentence-case opening line without punctuation as a headline', () => {
    const { paragraphs } = article(
      'Three dead as fire rips through chemical store\n\nThree workers died on Thursday.\n\nschools stay shut for now',
    );
    expect(paragraphs.map((p) => p.kind)).toEqual(['heading', 'text', 'text']);
  });

  it('recognises a name line under a quotation as a caption', () => {
    const { paragraphs } = article('“We want to send them far away.”\n\nUS Secretary of State Marco Rubio\n\nOther text.');
    expect(paragraphs[1]!.kind).toBe('caption');
  });

  it('drops script content but keeps the surrounding text as text', () => {
    const { paragraphs } = article('Before. <script>alert(1)</script> After.\n\n<img src=x onerror=alert(1)>Caption text.');
    const all = paragraphs.map((p) => p.text).join(' ');
    expect(all).not.toMatch(/alert/);
    expect(all).toContain('After.');
    expect(all).toContain('Caption text.');
  });

  it('returns no paragraphs for an article with only whitespace', () => {
    expect(article('   \n\n  ').paragraphs).toEqual([]);
  });

  it('handles a 50,000-word article', () => {
    const body = Array.from({ length: 5000 }, (_, i) => `Paragraph ${i} has some words in it. It has ten words more or less.`).join('\n\n');
    const { paragraphs } = article(body);
    expect(paragraphs).toHaveLength(5000);
    expect(paragraphs[4999]!.sentences).toHaveLength(2);
  });

  it('marks photo credits and correction notes as boilerplate and a labelled image caption as a caption', () => {
    const body = [
      'The river burst its banks on Tuesday.',
      '(Getty Images)',
      'AP Photo/John Smith',
      'Image caption: Residents wade through water in Eastbank',
      'This article was amended on 26 November 2026 to correct the number of evacuees.',
      'Correction: An earlier version misspelled the mayor’s name.',
      'Reuters said the river peaked at noon.',
    ].join('\n\n');
    expect(article(body).paragraphs.map((p) => p.kind)).toEqual([
      'text',
      'boilerplate',
      'boilerplate',
      'caption',
      'boilerplate',
      'boilerplate',
      'text',
    ]);
  });

  it('finds the wire dateline that opens the lede, and no other', () => {
    const body = ['# Floods hit Norvik', 'NORVIK, Nov 25 (Reuters) - Two people died, police said.', 'WASHINGTON — Officials met.'].join(
      '\n\n',
    );
    const sentences = article(body).paragraphs.flatMap((p) => p.sentences);
    expect(sentences.map((s) => s.dateline)).toEqual([undefined, 'NORVIK, Nov 25 (Reuters) - ', undefined]);
  });

  it('keeps a footnote’s number out of the sentence and its note as a paragraph of its own', () => {
    const body = [
      '# Council backs plan',
      'The council approved the plan.[^1] It was close.',
      '[^1]: Minutes of the council meeting of 3 March.',
    ].join('\n\n');
    const { paragraphs } = article(body);
    expect(paragraphs.flatMap((p) => p.sentences.map((s) => s.text))).toEqual([
      'Council backs plan',
      'The council approved the plan.',
      'It was close.',
      'Minutes of the council meeting of 3 March.',
    ]);
  });

  it('reads an interview’s bold questions as headings and its note on editing as boilerplate, the answers as text', () => {
    const { paragraphs } = article(
      '# Interview\n\nWe spoke to his lawyer.\n\n**Will you appeal?**\n\nYes. We will go to the Supreme Court.\n\n**The court ruled on Tuesday.**\n\n*The interview has been edited for length and clarity.*',
    );
    expect(paragraphs.map((p) => p.kind)).toEqual(['heading', 'text', 'heading', 'text', 'text', 'boilerplate']);
  });

  it('reads the line under a picture, a photo credit and an embedded post’s attribution as captions, a lede under a picture as text', () => {
    const { paragraphs } = article(
      [
        '# Headline',
        '![A photo](a.jpg)',
        'Rwanda has confirmed it is holding early discussions with the United States about accepting migrants.',
        '![Rubio](rubio.jpg)',
        '*Marco Rubio at a cabinet meeting in Washington on Wednesday.*',
        '> We are working with other countries to send them far away.\n>\n> — Marco Rubio (@SecRubio) March 26, 2025',
        'Marco Rubio in Washington. Photo: Jane Doe/AP',
        'Tags: Rwanda, Migration, US',
      ].join('\n\n'),
    );
    expect(paragraphs.map((p) => p.kind)).toEqual(['heading', 'text', 'caption', 'text', 'caption', 'caption', 'boilerplate']);
  });

  it('reads labelled credits, captions, video notices and invitations to write in as no reporting', () => {
    const { paragraphs } = article(
      [
        '# Storm hits coast',
        'Image source, Getty Images',
        'Image caption, Residents wade through flood water in the town centre',
        'The storm killed three people on Tuesday, officials said.',
        'Media caption, Watch: Drone footage shows the flooded town',
        'This video can not be played',
        'To play this video you need to enable JavaScript in your browser.',
        'Follow Jane Doe on Twitter @janedoe',
        'Contact the reporter at jane.doe@example.com',
        'Have you been affected by the issues in this story? Share your experiences by emailing news@example.com.',
        'Follow the rescue effort as it happens, officials said on Tuesday.',
        'Image credit: Getty Images',
        'Photograph: Jane Doe/Reuters',
        'Photo courtesy of the family',
      ].join('\n\n'),
    );
    expect(paragraphs.map((p) => p.kind)).toEqual([
      'heading',
      'boilerplate',
      'caption',
      'text',
      'caption',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'text',
      'boilerplate',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it('keeps text pasted HTML holds outside its paragraphs: an embedded post’s attribution, a div’s text', () => {
    const { paragraphs } = article(
      [
        '<blockquote class="twitter-tweet"><p lang="en">We are working around the clock. Stay safe.</p>&mdash; Civil Defence (@civdef) <a href="https://x.com/civdef">October 28, 2025</a></blockquote>',
        '<div>The storm killed three people. <b>Officials</b> said so.<p>Power was cut.</p>Schools will stay closed.</div>',
      ].join('\n\n'),
    );
    expect(paragraphs.map((p) => [p.kind, p.sentences.map((s) => s.text).join(' ')])).toEqual([
      ['text', 'We are working around the clock. Stay safe.'],
      ['caption', '— Civil Defence (@civdef) October 28, 2025'],
      ['text', 'The storm killed three people. Officials said so.'],
      ['text', 'Power was cut.'],
      ['text', 'Schools will stay closed.'],
    ]);
  });

  it('reads a list’s items as entries of text, however short and capitalised', () => {
    const { paragraphs } = article('# Nova 3 review\n\nThe key specs:\n\n- 6.4-inch OLED Screen\n- Price: $899 for 128GB');
    expect(paragraphs.map((p) => [p.tag, p.kind])).toEqual([
      ['h1', 'heading'],
      ['p', 'text'],
      ['li', 'text'],
      ['li', 'text'],
    ]);
  });
});
