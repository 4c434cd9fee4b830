/**
 * Runs inside an embed page: posts the page's height to the parent on load and whenever it changes
 * (ResizeObserver), in our format, Pym.js's and Datawrapper's (see src/lib/embed/heightMessages.ts). Posts with
 * target `*`: the page may sit in a sandboxed iframe, and a height is no secret. Uses no storage and never
 * navigates the parent.
 */
import { embedIdFrom, HEIGHT_REQUEST_TYPE, heightMessages } from '../../lib/embed/heightMessages';

export function startPostingHeight(): void {
  if (window.parent === window) return;
  const root = document.querySelector<HTMLElement>('[data-embed-root]') ?? document.body;
  const id = embedIdFrom(location.search, root.dataset.embedId ?? 'shanhai');
  let last = 0;
  const post = (force: boolean): void => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    for (const message of heightMessages(id, height)) window.parent.postMessage(message, '*');
  };
  new ResizeObserver(() => post(false)).observe(root);
  window.addEventListener('load', () => post(true));
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === HEIGHT_REQUEST_TYPE) {
      post(true);
    }
  });
  post(true);
}
