// The search engine, loaded by searchBox.ts when a search field is first focused (or on the
// /search/ page): fuse.js, the indexes, the combobox behaviour and the result rendering.
import type { FuseResult, RangeTuple } from 'fuse.js';
import { createSearcher } from '../lib/search/createSearcher.ts';
import { searchText } from '../messages.ts';
import { wordRanges } from '../lib/search/wordRanges.ts';
import { runSearch } from '../lib/search/runSearch.ts';
import { claimSearchOptions, sentenceSearchOptions } from '../lib/search/searchOptions.ts';
import type { ClaimDoc, Searcher, SentenceDoc } from '../lib/types.ts';

/** Above this many bytes (uncompressed) of sentence indexes, pages outside a story search claims only. */
const SITE_WIDE_SENTENCE_BYTES = 2_000_000;

interface Loaded {
  claims: Searcher<ClaimDoc>;
  sentences: Searcher<SentenceDoc>[];
}

/** Makes a header search form a live combobox, and runs `?q=` on the /search/ page. */
export function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[role="combobox"]')!;
  const list = form.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[aria-live]')!;
  let loading: Promise<Loaded> | undefined;
  let options: HTMLElement[] = [];
  let active = -1;

  const load = () =>
    (loading ??= (async () => {
      const { default: FuseClass } = await import('fuse.js/basic');
      const site = (await (await fetch(form.dataset.siteIndex!)).json()) as {
        docs: ClaimDoc[];
        index: unknown;
        stories: { id: string; sentences: string; bytes: number }[];
      };
      // On a story's pages, that story's sentences; elsewhere every story's, while they are
      // small enough to fetch on a phone (a large site searches claims site-wide).
      const all = site.stories.reduce((sum, s) => sum + s.bytes, 0);
      const wanted = site.stories.filter((s) => (form.dataset.story ? s.id === form.dataset.story : all <= SITE_WIDE_SENTENCE_BYTES));
      const sentenceFiles = await Promise.all(
        wanted.map(async (s) => (await fetch(s.sentences)).json() as Promise<{ docs: SentenceDoc[]; index: unknown }>),
      );
      type Serialised = Parameters<typeof FuseClass.parseIndex>[0];
      return {
        claims: createSearcher(FuseClass, site.docs, claimSearchOptions, FuseClass.parseIndex<ClaimDoc>(site.index as Serialised)),
        sentences: sentenceFiles.map((f) =>
          createSearcher(FuseClass, f.docs, sentenceSearchOptions, FuseClass.parseIndex<SentenceDoc>(f.index as Serialised)),
        ),
      };
    })());

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const setActive = (i: number) => {
    options.forEach((o, k) => o.setAttribute('aria-selected', String(k === i)));
    active = i;
    const option = options[i];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const update = async () => {
    const q = input.value;
    if (q.trim().length < 2) {
      close();
      status.textContent = '';
      return;
    }
    let loaded: Loaded;
    try {
      loaded = await load();
    } catch {
      status.textContent = searchText.failed;
      return;
    }
    if (input.value !== q) return; // a newer keystroke is being handled
    const results = runSearch(q, loaded.claims, loaded.sentences);
    options = render(list, results, q);
    for (const option of options) {
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => location.assign(option.dataset.url!));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
    status.textContent = options.length === 0 ? searchText.none(q) : searchText.status(results.claims.length, results.sentences.length);
  };

  void load().catch(() => undefined);
  input.addEventListener('input', () => void update());
  // Anything typed while this module was loading.
  if (input.value.trim().length >= 2 && !new URLSearchParams(location.search).get('q')) void update();
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (list.hidden) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(options.length === 0 ? -1 : (active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && active >= 0 && !list.hidden) {
      event.preventDefault();
      location.assign(options[active]!.dataset.url!);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      } else input.value = '';
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  // The /search/ page: run the query from ?q= and list every result.
  const page = document.getElementById('search-page-results');
  const q = new URLSearchParams(location.search).get('q');
  if (page && q) {
    input.value = q;
    void load().then((loaded) => {
      const results = runSearch(q, loaded.claims, loaded.sentences, { claimLimit: 50, sentenceLimit: 50 });
      renderPage(page, results, q);
    });
  }
}

/** Builds the options with DOM nodes only: indexed text is never parsed as HTML. */
function render(list: HTMLElement, results: ReturnType<typeof runSearch>, q: string): HTMLElement[] {
  list.replaceChildren();
  const options: HTMLElement[] = [];
  const group = (label: string, items: FuseResult<ClaimDoc | SentenceDoc>[]) => {
    if (items.length === 0) return;
    const box = el('div', { role: 'group', 'aria-label': label });
    box.append(el('div', { class: 'search-group', 'aria-hidden': 'true' }, label));
    for (const result of items) {
      const option = el('div', { role: 'option', id: `search-option-${options.length}`, class: 'search-option', 'aria-selected': 'false' });
      option.dataset.url = result.item.url;
      fillResult(option, result);
      options.push(option);
      box.append(option);
    }
    list.append(box);
  };
  group(searchText.claims, results.claims);
  group(searchText.sentences, results.sentences);
  if (options.length === 0) list.append(el('div', { class: 'search-empty' }, searchText.none(q)));
  return options;
}

function renderPage(page: HTMLElement, results: ReturnType<typeof runSearch>, q: string) {
  page.replaceChildren(el('h2', {}, searchText.resultsFor(q)));
  const items = [...results.claims, ...results.sentences];
  if (items.length === 0) page.append(el('p', {}, searchText.none(q)));
  const ol = el('ol', { class: 'search-page-list' });
  for (const result of items) {
    const li = el('li');
    const a = el('a', { href: result.item.url });
    fillResult(a, result);
    li.append(a);
    ol.append(li);
  }
  page.append(ol);
  page.hidden = false;
}

/** Title (or sentence) with matched characters in <mark>, then a line of context. */
function fillResult(target: HTMLElement, result: FuseResult<ClaimDoc | SentenceDoc>) {
  const item = result.item;
  const mainKey = item.kind === 'claim' ? 'title' : 'text';
  const main = item.kind === 'claim' ? item.title : item.text;
  const ranges = result.matches?.find((m) => m.key === mainKey)?.indices ?? [];
  target.append(el('span', { class: 'search-main' }, ...highlight(main, ranges)));
  const meta = item.kind === 'claim' ? searchText.claimMeta(item.claimKind, item.speaker, item.articles) : item.source;
  target.append(el('span', { class: 'search-meta' }, meta));
}

function highlight(text: string, ranges: readonly RangeTuple[]): (string | HTMLElement)[] {
  const out: (string | HTMLElement)[] = [];
  let at = 0;
  for (const [start, end] of wordRanges(text, ranges)) {
    out.push(text.slice(at, start), el('mark', {}, text.slice(start, end + 1)));
    at = end + 1;
  }
  out.push(text.slice(at));
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (string | Node)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
