import type { APIRoute, GetStaticPaths } from 'astro';
import { getStories } from '../../../../../data/getStories.ts';
import { renderShareImage } from '../../../../../data/renderShareImage.ts';
import { describeDiscrepancy } from '../../../../../lib/compare/describeDiscrepancy.ts';
import { shareCard } from '../../../../../lib/compare/shareCard.ts';
import type { AlignedStory, Claim } from '../../../../../lib/types.ts';
import { ui } from '../../../../../messages.ts';

export const getStaticPaths = (async () =>
  (await getStories()).flatMap((aligned) =>
    aligned.claims.map((claim) => ({ params: { story: aligned.story.id, claim: claim.id }, props: { aligned, claim } })),
  )) satisfies GetStaticPaths;

/** The claim's share image, generated at build time. */
export const GET: APIRoute<{ aligned: AlignedStory; claim: Claim }> = async ({ props: { aligned, claim } }) => {
  const labelOf = (id: string) => aligned.articles.find((a) => a.id === id)?.label ?? id;
  // A plain disagreement first: one that qualifiers reconcile, or a quotation's wording, says less.
  const plain = (d: (typeof claim.discrepancies)[number]) => d.type !== 'quote-wording' && d.type !== 'name-spelling';
  const first = claim.discrepancies.find((d) => plain(d) && !d.consistent) ?? claim.discrepancies.find(plain) ?? claim.discrepancies[0];
  const png = await renderShareImage(
    shareCard({
      eyebrow: [ui.kind[claim.kind], claim.speaker].filter(Boolean).join(' · '),
      title: claim.title,
      detail: [ui.carriedBy(claim.articleCount, aligned.articles.length), first ? describeDiscrepancy(first, labelOf) : '']
        .filter(Boolean)
        .join(' · '),
      footerLeft: aligned.story.title,
      footerRight: ui.siteName,
    }),
  );
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
