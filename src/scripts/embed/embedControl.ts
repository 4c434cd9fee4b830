/**
 * Enhances "嵌入与下载" controls: reveals the copy buttons (clipboard API, falling back to selecting the text), and
 * under a map keeps every snippet, the alt text and the downloads on the view the reader picked
 * (`<shanhai-map data-metric data-period>` changes): src, title, fallback link, height and image.
 */
import { buildEmbedSnippet, type SnippetVariant } from '../../lib/embed/buildEmbedSnippet';
import { type PackedViews, unpackViewData, type ViewData } from '../../lib/embed/packViewData';

function copy(control: HTMLElement, textarea: HTMLTextAreaElement): void {
  const status = control.querySelector('.embed-status');
  const done = (text: string): void => {
    if (status !== null) status.textContent = text;
  };
  // An English control carries its words (data-msg-*); a Chinese one uses these.
  const copied = control.dataset.msgCopied ?? '已复制';
  const selected = control.dataset.msgSelected ?? '已选中，请按 Ctrl+C / ⌘C 复制';
  textarea.select();
  if (navigator.clipboard?.writeText === undefined) {
    done(selected);
    return;
  }
  navigator.clipboard.writeText(textarea.value).then(
    () => done(copied),
    () => done(selected),
  );
}

/** The view's alt text: its title and the captions the map shows for it (generated from its figures), in the page's language. */
function altText(map: Element, view: ViewData): string {
  const selector = `.pm-view-caption[data-metric="${CSS.escape(view.metric)}"][data-period="${CSS.escape(view.period)}"]`;
  const en = document.documentElement.lang === 'en';
  const captions = [...map.querySelectorAll(selector)].map((el) => el.textContent?.trim() ?? '').join(en ? ' ' : '');
  return `${view.title}${en ? '. ' : '。'}${captions}`;
}

/** Points the control at the view shown. */
function follow(control: HTMLElement, map: Element, views: readonly ViewData[]): void {
  const view = views.find(
    (v) => v.metric === map.getAttribute('data-metric') && v.period === map.getAttribute('data-period'),
  );
  if (view === undefined) return;
  const site = control.dataset.site ?? location.origin;
  const alt = altText(map, view);
  const input = {
    site,
    path: view.path,
    id: view.id,
    title: view.title,
    height: view.height,
    fullPath: view.fullPath,
    ...(view.files === undefined ? {} : { image: { path: view.files.png, alt, width: 1080 } }),
  };
  for (const box of control.querySelectorAll<HTMLElement>('.embed-variant')) {
    const variant = box.dataset.variant as SnippetVariant | 'alt';
    const textarea = box.querySelector('textarea');
    if (textarea === null) continue;
    const missing = (variant === 'image' || variant === 'alt') && view.files === undefined;
    box.hidden = missing;
    if (missing) continue;
    textarea.value = variant === 'alt' ? alt : buildEmbedSnippet(input, variant);
  }
  const files = control.querySelector<HTMLElement>('[data-embed-files]');
  if (files !== null) {
    files.hidden = view.files === undefined;
    for (const link of files.querySelectorAll<HTMLAnchorElement>('a[data-ext]')) {
      const ext = link.dataset.ext as 'png' | 'svg' | 'csv';
      if (view.files !== undefined) link.href = view.files[ext];
      link.download = `${view.name}.${ext}`;
    }
  }
  const preview = control.querySelector<HTMLAnchorElement>('[data-preview]');
  if (preview !== null) preview.href = view.path;
}

for (const control of document.querySelectorAll<HTMLElement>('[data-embed-control]')) {
  for (const button of control.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    const textarea = button.parentElement?.querySelector('textarea');
    if (textarea === null || textarea === undefined) continue;
    button.hidden = false;
    button.addEventListener('click', () => copy(control, textarea));
  }
  const map = control.closest('shanhai-map');
  const views =
    control.dataset.views === undefined ? [] : unpackViewData(JSON.parse(control.dataset.views) as PackedViews);
  if (map !== null && views.length > 0) {
    new MutationObserver(() => follow(control, map, views)).observe(map, {
      attributes: true,
      attributeFilter: ['data-metric', 'data-period'],
    });
    // The map may already have switched to the view in the URL (`?metric=&period=`).
    follow(control, map, views);
  }
}
