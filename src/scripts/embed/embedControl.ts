/**
 * Enhances "嵌入本图" controls: reveals the copy button (clipboard API, falling back to selecting the text), and
 * keeps a map's snippet on the view the reader picked (`<shanhai-map data-metric data-period>` changes).
 */
function copy(control: HTMLElement): void {
  const textarea = control.querySelector('textarea');
  const status = control.querySelector('.embed-status');
  if (textarea === null) return;
  const done = (text: string): void => {
    if (status !== null) status.textContent = text;
  };
  textarea.select();
  if (navigator.clipboard?.writeText === undefined) {
    done('已选中，请按 Ctrl+C / ⌘C 复制');
    return;
  }
  navigator.clipboard.writeText(textarea.value).then(
    () => done('已复制'),
    () => done('已选中，请按 Ctrl+C / ⌘C 复制'),
  );
}

/** Points the snippet of a map embed at the view shown (national map: its prerendered view page). */
function follow(control: HTMLElement, map: Element): void {
  const textarea = control.querySelector('textarea');
  const path = control.dataset.embedPath ?? '';
  if (textarea === null || path === '') return;
  const metric = map.getAttribute('data-metric');
  const period = map.getAttribute('data-period');
  if (metric === null || period === null) return;
  const view = path === '/embed/map/' ? `/embed/map/${metric}/${period}/` : `${path}?metric=${metric}&period=${period}`;
  textarea.value = textarea.value.replace(/(src="[^"]*?)\/embed\/[^"]*"/, (_m, start: string) => `${start}${view}"`);
}

for (const control of document.querySelectorAll<HTMLElement>('[data-embed-control]')) {
  const button = control.querySelector<HTMLButtonElement>('[data-copy]');
  if (button !== null) {
    button.hidden = false;
    button.addEventListener('click', () => copy(control));
  }
  // A map's control sits right after its <shanhai-map>.
  const map = control.previousElementSibling;
  if (map?.localName === 'shanhai-map') {
    new MutationObserver(() => follow(control, map)).observe(map, {
      attributes: true,
      attributeFilter: ['data-metric', 'data-period'],
    });
  }
}
