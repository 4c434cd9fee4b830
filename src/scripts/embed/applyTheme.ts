/**
 * Inlined in the embed's <head>, before paint: marks the page as scripted (`js`, which shows the map's view
 * switcher) and sets `data-theme` from `?theme=` or the system setting, following system changes under `auto`.
 */
import { readThemeOption, resolveEmbedTheme } from '../../lib/embed/embedTheme';

const root = document.documentElement;
root.classList.add('js');
const option = readThemeOption(location.search);
const query = matchMedia('(prefers-color-scheme: dark)');
const apply = (): void => {
  root.dataset.theme = resolveEmbedTheme(option, query.matches);
};
apply();
if (option === 'auto') query.addEventListener('change', apply);
