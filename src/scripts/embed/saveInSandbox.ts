/**
 * Downloads inside a sandboxed iframe (`sandbox="allow-scripts"`, an opaque origin): the browser blocks `download`
 * links there unless the host also allows downloads, and new tabs unless it allows popups. So in an opaque origin a
 * click on a download opens a small panel in the embed instead: the file's address to copy, an image preview to
 * save with a long press or right click, and the link itself for hosts that do allow downloads.
 */
const PANEL = 'embed-save';

function showPanel(link: HTMLAnchorElement): void {
  document.querySelector(`.${PANEL}`)?.remove();
  const panel = document.createElement('div');
  panel.className = PANEL;
  panel.setAttribute('role', 'group');
  panel.setAttribute('aria-label', `保存${link.textContent ?? ''}`);
  const intro = document.createElement('p');
  intro.textContent = '这个嵌入框所在的网页不允许直接下载。请复制文件地址在新窗口打开，图片也可长按或右键另存：';
  const address = document.createElement('input');
  address.readOnly = true;
  address.value = link.href;
  address.setAttribute('aria-label', '文件地址');
  address.addEventListener('focus', () => address.select());
  const again = link.cloneNode(true) as HTMLAnchorElement;
  again.textContent = `仍然下载 ${link.download}`;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '关闭';
  close.addEventListener('click', () => panel.remove());
  panel.append(intro, address, document.createElement('br'), again, ' ', close);
  if (/\.(png|svg)$/i.test(link.pathname)) {
    const img = document.createElement('img');
    img.src = link.href;
    img.alt = link.textContent ?? '';
    panel.append(img);
  }
  link.closest('.embed-downloads')?.after(panel);
  address.focus();
}

export function handleSandboxedDownloads(): void {
  if (window.origin !== 'null') return;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('.embed-downloads a[download]');
    if (!(link instanceof HTMLAnchorElement)) return;
    event.preventDefault();
    showPanel(link);
  });
}
