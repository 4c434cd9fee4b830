/**
 * `<shanhai-map>`: enhances a server-rendered pairing map. No d3 and no data in the browser:
 * every (metric, period) view is drawn at build time — the active one in the HTML, the others in the file that
 * `data-views` names (splitMapViews), fetched once when the reader first reaches for the map; this element only
 * switches `data-active`,
 * keeps the view in the URL (`?metric=labor&period=2023`), shows a tooltip on hover, focus and
 * tap, and highlights an arc or province with its partners.
 */

const ACTIVE = 'data-active';
/** Where map.css turns the tooltip into a bottom sheet. */
const PHONE = '(max-width: 640px)';
/** Elements that belong to one metric (and maybe one period) and show only while it is active. */
const SWITCHED = '.pm-view,.pm-view-rows,.pm-legend-metric,.pm-national,.pm-view-caption';

class ShanhaiMap extends HTMLElement {
  private tip: HTMLElement | null = null;
  private hot: Element | null = null;
  private pinned = false;
  private views: Promise<void> | undefined;

  connectedCallback(): void {
    const controls = this.querySelector<HTMLElement>('[data-controls]');
    this.tip = this.querySelector<HTMLElement>('.pm-tip');
    controls?.removeAttribute('hidden');
    const params = new URLSearchParams(location.search);
    const metric = params.get('metric');
    const period = params.get('period');
    // A view link made for readers without JS (#…-v-metric-period) opens the same view here.
    const anchor =
      location.hash === '' ? null : this.querySelector(`.pm-anchor[id="${CSS.escape(location.hash.slice(1))}"]`);
    const linked = anchor?.id.match(/-v-([a-z]+)-([a-z0-9]+)$/);
    const wanted =
      linked?.[1] !== undefined && linked[2] !== undefined
        ? { metric: linked[1], period: linked[2] }
        : metric !== null
          ? { metric, period: period ?? this.defaultPeriod(metric) }
          : undefined;
    if (wanted !== undefined) {
      void this.loadViews().then(() => {
        if (this.has(wanted.metric, wanted.period)) this.show(wanted.metric, wanted.period, false);
      });
    }
    this.addEventListener('change', (e) => void this.loadViews().then(() => this.onChange(e)));
    // The other views come in when a reader first points at or tabs into the map, before any switch is made.
    for (const type of ['pointerover', 'focusin', 'touchstart']) {
      this.addEventListener(type, () => void this.loadViews(), { once: true, passive: true });
    }
    this.addEventListener('pointerover', (e) => {
      if (e.pointerType === 'mouse') this.activate(e.target, false);
    });
    this.addEventListener('pointerout', (e) => {
      if (e.pointerType === 'mouse' && !this.pinned && !this.contains(e.relatedTarget as Node | null)) this.clear();
    });
    this.addEventListener('focusin', (e) => this.activate(e.target, false));
    this.addEventListener('focusout', (e) => {
      if (!this.contains(e.relatedTarget as Node | null)) this.clear();
    });
    this.addEventListener('click', (e) => this.onClick(e));
    // On a phone the tooltip is a sheet at the bottom of the screen: a tap anywhere outside the map closes it.
    document.addEventListener('click', (e) => {
      if (this.pinned && !this.contains(e.target as Node | null)) this.clear();
    });
    this.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.clear();
    });
  }

  /**
   * Adds the views and table rows kept out of the HTML (`data-views`, `data-rows`) to the map, once; a failed fetch
   * is tried again at the next switch.
   */
  private loadViews(): Promise<void> {
    const views = this.getAttribute('data-views');
    const rows = this.getAttribute('data-rows');
    if (views === null || rows === null) return Promise.resolve();
    const text = (src: string) =>
      fetch(src).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${src}: ${r.status}`))));
    this.views ??= Promise.all([text(views), text(rows)])
      .then(([svg, html]) => {
        const layers = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.children;
        this.querySelector('.pm-views')?.append(...[...layers].map((g) => document.importNode(g, true)));
        const bodies = new DOMParser().parseFromString(html, 'text/html').querySelectorAll('tbody');
        this.querySelector('.pm-table-wrap table')?.append(...[...bodies].map((b) => document.importNode(b, true)));
        this.removeAttribute('data-views');
        this.removeAttribute('data-rows');
      })
      .catch(() => {
        this.views = undefined;
      });
    return this.views;
  }

  private target(node: EventTarget | null): Element | null {
    return node instanceof Element ? node.closest('[data-tip]') : null;
  }

  private has(metric: string, period: string): boolean {
    return (
      this.querySelector(`.pm-view[data-metric="${CSS.escape(metric)}"][data-period="${CSS.escape(period)}"]`) !== null
    );
  }

  private defaultPeriod(metric: string): string {
    const radio = this.querySelector<HTMLInputElement>(`input[type=radio][value="${CSS.escape(metric)}"]`);
    return radio?.dataset.defaultPeriod ?? '';
  }

  private onChange(e: Event): void {
    const input = e.target as HTMLInputElement | HTMLSelectElement;
    const current = this.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? '';
    const select = this.querySelector<HTMLSelectElement>('select');
    if (input instanceof HTMLInputElement && input.type === 'radio') {
      const keep = select !== null && this.has(input.value, select.value);
      this.show(input.value, keep && select ? select.value : this.defaultPeriod(input.value), true);
    } else if (input === select && select !== null) {
      this.show(current, select.value, true);
    }
  }

  /** Switches every view-bound element to (metric, period) and updates controls, URL and status. */
  private show(metric: string, period: string, remember: boolean): void {
    if (!this.has(metric, period)) return;
    this.clear();
    for (const el of this.querySelectorAll<Element>(SWITCHED)) {
      const p = el.getAttribute('data-period');
      const on = el.getAttribute('data-metric') === metric && (p === null || p === period);
      el.toggleAttribute(ACTIVE, on);
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[type=radio]'))
      radio.checked = radio.value === metric;
    const select = this.querySelector<HTMLSelectElement>('select');
    if (select !== null) {
      for (const option of select.options) {
        const off = !(option.dataset.metrics ?? '').split(' ').includes(metric);
        option.hidden = off;
        option.disabled = off;
      }
      select.value = period;
    }
    const label = this.querySelector('input[type=radio]:checked + span')?.textContent ?? metric;
    const status = this.querySelector('.pm-status');
    // An English map names its own prefix (renderMapControls); the separator follows the language.
    const showing = status?.getAttribute('data-showing');
    const chosen = select?.selectedOptions[0]?.textContent ?? period;
    if (status !== null) status.textContent = showing ? `${showing}${label}, ${chosen}` : `显示：${label}，${chosen}`;
    this.setAttribute('data-metric', metric);
    this.setAttribute('data-period', period);
    if (remember) {
      const url = new URL(location.href);
      url.searchParams.set('metric', metric);
      url.searchParams.set('period', period);
      history.replaceState(history.state, '', url);
    }
  }

  private onClick(e: MouseEvent): void {
    const el = this.target(e.target);
    if (el === null) {
      if (this.pinned) this.clear();
      return;
    }
    // A first tap on a province shows its tooltip; the second opens its page. The tap also focuses the link, which
    // activates it without pinning, so only a tooltip pinned by an earlier tap lets the link through.
    const isTouch = (e as PointerEvent).pointerType === 'touch' || (e as PointerEvent).pointerType === 'pen';
    if (el.matches('a') && isTouch && !(this.pinned && this.hot === el)) e.preventDefault();
    if (el.matches('a') && !isTouch) return;
    this.activate(el, true);
  }

  /** Highlights an arc or province with its partners and shows its tooltip. */
  private activate(node: EventTarget | null, pin: boolean): void {
    const el = this.target(node);
    if (el === null || this.tip === null) return;
    this.clear();
    this.hot = el;
    this.pinned = pin;
    const ids = new Set<string>();
    const province = el.getAttribute('data-province');
    if (province !== null) {
      ids.add(province);
      for (const id of (el.getAttribute('data-partners') ?? '').split(' ')) if (id !== '') ids.add(id);
      for (const pair of (el.getAttribute('data-pairs') ?? '').split(' ')) {
        for (const arc of this.querySelectorAll(`.pm-view[${ACTIVE}] [data-pair="${CSS.escape(pair)}"]`)) {
          arc.classList.add('is-hot');
        }
      }
    } else {
      // An arc's ends are its pair's two provinces (renderMapSvg: data-pair="east--west").
      for (const id of (el.getAttribute('data-pair') ?? '').split('--')) ids.add(id);
    }
    el.classList.add('is-hot');
    for (const id of ids) {
      for (const p of this.querySelectorAll(`[data-province="${CSS.escape(id)}"]`)) p.classList.add('is-hot');
    }
    this.classList.add('has-hot');

    const lines = (el.getAttribute('data-tip') ?? '').split('\n');
    this.tip.replaceChildren(
      ...lines.map((line, i) => {
        const p = document.createElement(i === 0 ? 'strong' : 'span');
        p.textContent = line;
        return p;
      }),
    );
    this.tip.hidden = false;
    // On a phone the tooltip is a sheet along the bottom of the screen (map.css), not placed beside the mark.
    if (matchMedia(PHONE).matches) {
      this.tip.removeAttribute('style');
      return;
    }
    const stage = this.tip.parentElement?.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    if (stage === undefined) return;
    const x = Math.min(Math.max(box.left + box.width / 2 - stage.left, 8), stage.width - 8);
    const above = box.top - stage.top > stage.height / 2;
    this.tip.style.left = `${x}px`;
    this.tip.style.top = `${(above ? box.top : box.bottom) - stage.top}px`;
    this.tip.classList.toggle('is-above', above);
    this.tip.classList.toggle('is-right', x > stage.width / 2);
  }

  private clear(): void {
    for (const el of this.querySelectorAll('.is-hot')) el.classList.remove('is-hot');
    this.classList.remove('has-hot');
    if (this.tip !== null) this.tip.hidden = true;
    this.hot = null;
    this.pinned = false;
  }
}

if (!customElements.get('shanhai-map')) customElements.define('shanhai-map', ShanhaiMap);
