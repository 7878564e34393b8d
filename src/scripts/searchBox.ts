// The search island's bootstrap: the header form works without JavaScript (it submits to
// /search/); with it, the engine (fuse.js, indexes, combobox) is fetched only when a search
// field is first focused, or at once on the /search/ page when it has a ?q= to run.

/** Loads the search engine for every search form on first focus. */
export function enhanceSearch(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form.search')) {
    const input = form.querySelector<HTMLInputElement>('input[role="combobox"]');
    if (!input) continue;
    const start = () => void import('./searchEngine.ts').then(({ enhance }) => enhance(form));
    if (document.getElementById('search-page-results') && new URLSearchParams(location.search).get('q')) start();
    else input.addEventListener('focus', start, { once: true });
  }
}
