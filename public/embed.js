/*! Shanhai (山海) embed resizer — MIT. Paste once per page, after one or more Shanhai <iframe> snippets.
 * Listens for the message an embed posts when its height changes:
 *   { type: 'shanhai:height', id: '<embed id>', height: <CSS px> }
 * and sets that height on the <iframe> whose contentWindow sent it. No cookies, no storage, no other requests.
 * Embeds also post Pym.js's and Datawrapper's height messages, so pages using those scripts need not load this. */
(() => {
  if (window.__shanhaiEmbed) return;
  window.__shanhaiEmbed = true;
  const TYPE = 'shanhai:height';
  const REQUEST = 'shanhai:height-request';
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    const height = data.height;
    if (typeof height !== 'number' || !(height > 0) || height > 20000) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === event.source) {
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
})();
