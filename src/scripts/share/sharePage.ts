/**
 * `<shanhai-share>`: copies the page's link and points the QR code at the current map view. The map keeps its view
 * in the URL (`?metric=&period=`, src/scripts/map/shanhaiMap.ts), so the link shared is the page's canonical
 * address plus those two parameters — what a reader sees is what the person they send it to opens.
 */

/** The shareable address: canonical origin and path, with the map view when the reader switched it. */
function currentUrl(canonical: string): { url: string; view: { metric: string; period: string } | undefined } {
  const url = new URL(canonical);
  const here = new URLSearchParams(location.search);
  const metric = here.get('metric');
  const period = here.get('period');
  const safe = /^[a-z0-9-]+$/;
  if (metric === null || period === null || !safe.test(metric) || !safe.test(period))
    return { url: url.href, view: undefined };
  url.searchParams.set('metric', metric);
  url.searchParams.set('period', period);
  return { url: url.href, view: { metric, period } };
}

class ShanhaiShare extends HTMLElement {
  connectedCallback(): void {
    const canonical = this.dataset.url ?? location.href;
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    const done = this.querySelector('.share-done');
    copy?.addEventListener('click', async () => {
      const { url } = currentUrl(canonical);
      try {
        await navigator.clipboard.writeText(url);
        if (done) done.textContent = this.dataset.copied ?? '链接已复制';
      } catch {
        if (done) done.textContent = `${this.dataset.copyThis ?? '请复制这个链接：'}${url}`;
      }
    });
    const qr = this.querySelector<HTMLDetailsElement>('details');
    qr?.addEventListener('toggle', () => {
      if (!qr.open) return;
      const { view } = currentUrl(canonical);
      const img = qr.querySelector('img');
      const what = qr.querySelector('[data-qr-what]');
      // The build writes a code for every view drawn on the page (src/lib/publish/writeQrCodes.ts).
      const hasView =
        view !== undefined &&
        document.querySelector(`.pm-view[data-metric="${view.metric}"][data-period="${view.period}"]`) !== null;
      if (img) img.src = hasView && view ? `qr-${view.metric}-${view.period}.svg` : 'qr.svg';
      // The words come from the page's language (SharePage.astro), Chinese by default.
      if (what)
        what.textContent = hasView ? (this.dataset.qrView ?? '本页当前的地图视图') : (this.dataset.qrPage ?? '本页');
    });
  }
}

customElements.define('shanhai-share', ShanhaiShare);
