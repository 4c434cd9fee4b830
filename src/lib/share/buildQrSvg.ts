import qrcode from 'qrcode-generator';

/** The quiet zone around the code, in modules: the QR standard asks for 4. */
const QUIET = 4;

/**
 * A QR code of `url` as a standalone SVG (medium error correction), drawn at build time so sharing needs no
 * third-party request and no client library. Dark modules are one path of horizontal runs, so a page URL's code
 * is about 1 KB. The URL is percent-encoded first: QR byte mode carries ASCII reliably in every scanner.
 */
export function buildQrSvg(url: string, title: string): string {
  const code = qrcode(0, 'M');
  code.addData(encodeURI(decodeURI(url)), 'Byte');
  code.make();
  const n = code.getModuleCount();
  const runs: string[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; ) {
      if (!code.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && code.isDark(row, col)) col++;
      runs.push(`M${start + QUIET} ${row + QUIET}h${col - start}v1h${start - col}z`);
    }
  }
  const size = n + 2 * QUIET;
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">`,
    `<title>${escaped}</title>`,
    `<rect width="${size}" height="${size}" fill="#fff"/>`,
    `<path fill="#000" d="${runs.join('')}"/>`,
    '</svg>\n',
  ].join('');
}
