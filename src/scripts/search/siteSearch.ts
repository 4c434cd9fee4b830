/**
 * `<shanhai-search>`: the search page's form. Pagefind's script and index (under /pagefind/, written by the build)
 * load only when the reader starts a search — focusing the box or arriving with `?q=` — never on first load.
 * Pagefind's extended build splits Chinese text into words, so 闽宁 or 甘肃日报 match without spaces. Pagefind keeps
 * one index per `<html lang>` and loads the one of this page, so /search/ finds Chinese pages and /en/search/
 * English ones. The status lines come from the element's `data-msg-*` attributes (the message table), in the
 * page's language.
 */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at once; Pagefind ranks them, so the rest are rarely wanted. */
const SHOWN = 20;
const PAGEFIND_URL = '/pagefind/pagefind.js';

class ShanhaiSearch extends HTMLElement {
  private pagefind: Promise<Pagefind> | undefined;
  private latest = 0;
  /** The query of the latest search started: typing that ends where it began does not search again. */
  private latestQuery: string | undefined;

  /** A status line from the page, its `{name}` placeholders filled. */
  private message(name: string, params: Readonly<Record<string, string | number>> = {}): string {
    const text = this.dataset[`msg${name}`] ?? '';
    return text.replace(/\{([a-zA-Z]+)\}/gu, (whole, key: string) => String(params[key] ?? whole));
  }

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('[data-search-form]');
    const input = this.querySelector<HTMLInputElement>('input[type=search]');
    if (form === null || input === null) return;
    input.addEventListener('focus', () => void this.load(), { once: true });
    let timer: ReturnType<typeof setTimeout> | undefined;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (input.value.trim() !== this.latestQuery) void this.run(input.value);
      }, 200);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      // Enter searches at once; the search the typing scheduled would only repeat it (and flash "searching").
      clearTimeout(timer);
      void this.run(input.value);
    });
    const q = new URLSearchParams(location.search).get('q');
    if (q !== null && q.trim() !== '') {
      input.value = q;
      void this.run(q);
    }
  }

  private load(): Promise<Pagefind> {
    this.pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: 40 });
      return pf;
    });
    return this.pagefind;
  }

  private async run(raw: string): Promise<void> {
    const query = raw.trim();
    const turn = ++this.latest;
    this.latestQuery = query;
    const url = new URL(location.href);
    if (query === '') url.searchParams.delete('q');
    else url.searchParams.set('q', query);
    history.replaceState(history.state, '', url);
    const status = this.querySelector('.search-status');
    const list = this.querySelector('.search-results');
    if (status === null || list === null) return;
    if (query === '') {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = this.message('Searching');
    let found: Awaited<ReturnType<PagefindResult['data']>>[];
    let total: number;
    try {
      const search = await (await this.load()).search(query);
      const results = search?.results ?? [];
      total = results.length;
      found = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
    } catch {
      if (turn === this.latest) status.textContent = this.message('Failed');
      return;
    }
    if (turn !== this.latest) return;
    status.textContent =
      total === 0
        ? this.message('None', { query })
        : `${this.message(total === 1 ? 'FoundOne' : 'Found', { query, total })}${total > SHOWN ? this.message('FoundMore', { shown: SHOWN }) : ''}${this.message('FoundEnd')}`;
    list.replaceChildren(...found.map((r) => this.item(r)));
  }

  private item(r: Awaited<ReturnType<PagefindResult['data']>>): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    const p = document.createElement('p');
    // Pagefind's excerpt is the page's own text, HTML-escaped, with the matches in <mark>.
    p.innerHTML = r.excerpt;
    li.append(a, p);
    return li;
  }
}

customElements.define('shanhai-search', ShanhaiSearch);
