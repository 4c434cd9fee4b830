/**
 * `<fact-table>`: filter and sort for the 全部数字 tables. The table is complete without this script; the script
 * shows the filter bar, puts a sort button in each sortable column heading, and hides or reorders rows. It also
 * opens the quote of the row a link points at (`#fact-…`), so a figure's evidence is visible on arrival.
 */
/** The cells carry no classes (FactTable.astro): the places are the fourth cell, the source the fifth unless last. */
const PLACE_CELL = 3;
const SOURCE_TAGS = 'td:nth-child(5):not(:last-child) .tag';

function openTargetQuote(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const row = id === '' ? null : document.getElementById(id);
  row?.querySelector('details')?.setAttribute('open', '');
}

class FactTableElement extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    const body = table?.tBodies[0];
    const tools = this.querySelector<HTMLElement>('[data-tools]');
    const count = this.querySelector('[data-count]');
    if (!table || !body || !tools || !count) return;
    const rows = [...body.rows];
    const selects = [...tools.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
    const sortSelect = tools.querySelector<HTMLSelectElement>('select[data-sort-select]');
    // A row's choices per filter, as places in that filter's options after 全部 (FactTable.astro: data-f "2;0,1;0,3").
    const choices = new Map(
      rows.map((row) => [row, (row.dataset.f ?? '').split(';').map((list) => list.split(',').map(Number))]),
    );
    const apply = (): void => {
      let shown = 0;
      for (const row of rows) {
        const match = selects.every(
          (s, i) => s.selectedIndex < 1 || (choices.get(row)?.[i]?.includes(s.selectedIndex - 1) ?? false),
        );
        row.hidden = !match;
        if (match) shown++;
      }
      // An English table gives its own words (FactTable.astro: data-count-all, data-count-shown).
      const all = this.dataset.countAll?.replace('{n}', String(rows.length)) ?? `共 ${rows.length} 条`;
      const some = this.dataset.countShown?.replace('{shown}', String(shown)).replace('{n}', String(rows.length));
      count.textContent = shown === rows.length ? all : (some ?? `显示 ${shown} 条，共 ${rows.length} 条`);
    };
    for (const s of selects) s.addEventListener('change', apply);
    tools.hidden = false;

    // A source's confidence note is written on its first row only (FactTable.astro); its other rows get it here.
    const notes = new Map<string, string>();
    for (const tag of body.querySelectorAll<HTMLElement>(SOURCE_TAGS)) {
      const source = tag.parentElement?.querySelector('a')?.pathname ?? '';
      if (tag.title !== '') notes.set(source, tag.title);
      else tag.title = notes.get(source) ?? '';
    }

    const headings = [...(table.tHead?.rows[0]?.cells ?? [])];
    const rank = new Map(rows.map((row, i) => [row, i]));
    /** A row's sort key: its place as shown, its place in the table as built, or its rank by figure or period (`data-s`). */
    const keyOf = (row: HTMLTableRowElement, key: string): string =>
      key === 'sortPlace'
        ? (row.cells[PLACE_CELL]?.textContent ?? '')
        : key === 'sortRank'
          ? String(rank.get(row))
          : ((row.dataset.s ?? '').split(' ')[key === 'sortValue' ? 0 : 1] ?? '');
    /** Reorders the rows by one key (places in Chinese collation, ties in the table's own order). */
    const sortBy = (key: string, ascending: boolean): void => {
      const value = (row: HTMLTableRowElement): string => keyOf(row, key);
      rows.sort((a, b) => {
        const order =
          (key === 'sortPlace' ? value(a).localeCompare(value(b), 'zh-CN') : Number(value(a)) - Number(value(b))) ||
          (rank.get(a) ?? 0) - (rank.get(b) ?? 0);
        return ascending ? order : -order;
      });
      body.append(...rows);
      for (const th of headings) {
        if (th.dataset.sort === key) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        else th.removeAttribute('aria-sort');
      }
    };
    for (const th of headings) {
      const key = th.dataset.sort;
      if (key === undefined) continue;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      th.replaceChildren(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        sortBy(key, ascending);
        if (sortSelect) sortSelect.value = `${key}:${ascending ? 'asc' : 'desc'}`;
      });
    }
    // The same orders from the bar, for phones, where the column headings are not shown.
    sortSelect?.addEventListener('change', () => {
      const [key = 'sortRank', direction] = sortSelect.value.split(':');
      sortBy(key, direction !== 'desc');
    });
  }
}

customElements.define('fact-table', FactTableElement);
openTargetQuote();
addEventListener('hashchange', openTargetQuote);
