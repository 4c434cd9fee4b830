/**
 * In a sandboxed iframe the page's origin is opaque and `history.replaceState` throws a SecurityError; the map's
 * view then simply stays out of the URL instead of breaking the switch. Imported before the map's script.
 */
const replace = history.replaceState.bind(history);
history.replaceState = (...args: Parameters<History['replaceState']>): void => {
  try {
    replace(...args);
  } catch {
    // Sandboxed: no URL update.
  }
};
