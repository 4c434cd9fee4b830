/*! Shanhai (山海) embed resizer — MIT. Paste once per page, after one or more Shanhai <iframe> snippets.
 * Listens for the message an embed posts when its height changes:
 *   { type: 'shanhai:height', id: '<embed id>', height: <CSS px> }
 * and sets that height on the <iframe> whose contentWindow sent it, when the message comes from Shanhai's own origin
 * (the origin this script was loaded from; a sandboxed embed posts from the opaque origin "null", accepted only from
 * an <iframe> whose src is on that origin). No cookies, no storage, no other requests.
 * Embeds also post Pym.js's and Datawrapper's height messages, so pages using those scripts need not load this. */
(() => {
  if (window.__shanhaiEmbed) return;
  window.__shanhaiEmbed = true;
  const TYPE = 'shanhai:height';
  const REQUEST = 'shanhai:height-request';
  const src = document.currentScript?.src;
  const SITE = src ? new URL(src, location.href).origin : '';
  const originOf = (frame) => {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return '';
    }
  };
  window.addEventListener('message', (event) => {
    if (SITE === '' || (event.origin !== SITE && event.origin !== 'null')) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    const height = data.height;
    if (typeof height !== 'number' || !(height > 0) || height > 20000) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source && originOf(frame) === SITE) {
        frame.style.height = `${Math.ceil(height)}px`;
        frame.setAttribute('height', String(Math.ceil(height)));
      }
    }
  });
  // An embed may have posted before this script loaded (it is async): ask every frame to post again.
  function ask() {
    for (const frame of document.getElementsByTagName('iframe')) {
      frame.contentWindow?.postMessage({ type: REQUEST }, '*');
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ask);
  else ask();
  // Chromium pauses rendering (and ResizeObserver) in off-screen cross-origin frames: after the page's width
  // changes, ask again so embeds out of view report their new height now, not when scrolled to.
  let timer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
})();
