/**
 * The page's shared map outlines (`buildSharedOutlines`) as one hidden `<svg>` of definitions, written once before
 * the maps that `<use>` them. The paths carry no class or colour: each `<use>` styles its copy (fill and stroke are
 * inherited), so the site's map.css applies exactly as to a map's own paths. Pure string building.
 */
import type { SharedOutlines } from './buildSharedOutlines';
import { formatPathRelative } from './formatPathRelative';

export function renderSharedOutlines(shared: SharedOutlines): string {
  const defs = shared.paths.map((p) => `<path id="${p.id}" d="${formatPathRelative(p.d)}"/>`).join('');
  return `<svg class="pm-shared" width="0" height="0" aria-hidden="true" focusable="false" style="position:absolute;width:0;height:0;overflow:hidden"><defs>${defs}</defs></svg>`;
}
