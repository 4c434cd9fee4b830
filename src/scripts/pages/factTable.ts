/**
 * `<fact-table>`: filter and sort for the 全部数字 tables. The table is complete without this script; the script
 * shows the filter bar, puts a sort button in each sortable column heading, and hides or reorders rows. It also
 * opens the quote of the row a link points at (`#fact-…`), so a figure's evidence is visible on arrival.
 */
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
    const apply = (): void => {
      let shown = 0;
      for (const row of rows) {
        const match = selects.every((s) => s.value === '' || (row.dataset[s.name] ?? '').split('|').includes(s.value));
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

    const headings = [...(table.tHead?.rows[0]?.cells ?? [])];
    /** Reorders the rows by one `data-sort-…` key (text keys in Chinese collation, ties in the table's own order). */
    const sortBy = (key: string, ascending: boolean): void => {
      const value = (row: HTMLTableRowElement): string => row.dataset[key] ?? '';
      const numeric = key === 'sortValue' || key === 'sortRank';
      rows.sort((a, b) => {
        const order = numeric
          ? Number(value(a)) - Number(value(b))
          : value(a).localeCompare(value(b), 'zh-CN') || Number(a.dataset.sortRank) - Number(b.dataset.sortRank);
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
