/**
 * Removes the `aria-label`s Observable Plot puts on its mark groups (`<g aria-label="bar">`): on an element without
 * a role they are prohibited ARIA (axe: aria-prohibited-attr), and our charts carry their own title and description.
 */
export function stripPlotAria(root: {
  querySelectorAll(selector: string): Iterable<{ removeAttribute(name: string): void }>;
}): void {
  for (const el of root.querySelectorAll('[aria-label], [aria-description]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
}
