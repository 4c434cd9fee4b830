import { lineColAt } from '../problems/locateJson';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a content file's bytes as UTF-8 text. On failure it says where the first byte that is not UTF-8 is
 * (line and column of the text before it), so an editor can find a GBK-saved passage; a NUL byte marks a binary file.
 */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; binary: boolean; line: number; col: number } {
  const nul = bytes.indexOf(0);
  try {
    const text = utf8.decode(bytes);
    if (nul === -1) return { ok: true, text };
  } catch {
    // located below
  }
  const bad = nul !== -1 ? nul : firstInvalidByte(bytes);
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
  return { ok: false, binary: nul !== -1, ...lineColAt(before, before.length) };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, by bisection: streaming decoding accepts a prefix cut inside a character, so
  // validity only ever fails from the first bad byte on.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (isValidPrefix(bytes.subarray(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function isValidPrefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
