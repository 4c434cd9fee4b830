/**
 * The inline script of a map embed: the map's own element (view switching, `?metric=&period=`), the credit and
 * downloads of the view shown, downloads in a sandbox, and height messages.
 */
import './guardHistory';
import '../map/shanhaiMap';
import { startPostingHeight } from './postHeight';
import { handleSandboxedDownloads } from './saveInSandbox';

/** Marks the credit and downloads of the map's current view (the element's `data-metric`/`data-period`). */
function followView(map: Element): void {
  const metric = map.getAttribute('data-metric');
  const period = map.getAttribute('data-period');
  for (const view of document.querySelectorAll('.embed-view[data-metric]')) {
    view.toggleAttribute(
      'data-active',
      view.getAttribute('data-metric') === metric && view.getAttribute('data-period') === period,
    );
  }
}

const map = document.querySelector('shanhai-map');
if (map !== null) {
  followView(map);
  new MutationObserver(() => followView(map)).observe(map, {
    attributes: true,
    attributeFilter: ['data-metric', 'data-period'],
  });
}
// Province links open the site in a new tab, never inside the frame (the page's <base target> covers HTML links).
for (const link of document.querySelectorAll('a.pm-link')) link.setAttribute('target', '_blank');
handleSandboxedDownloads();
startPostingHeight();
