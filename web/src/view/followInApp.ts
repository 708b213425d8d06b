import { navigate } from './useView.js';
import { pageOfPath, parseView } from './viewQuery.js';

/**
 * Follows a plain click on a link to a dashboard page inside the app (history and redraw,
 * no reload, so answers already loaded are kept when the API call stays the same): for a
 * click handler on a container of links. A click with a modifier key, another button, or a
 * link elsewhere is left to the browser.
 */
export function followInApp(event: MouseEvent): void {
  if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin || link.hasAttribute('download')) return;
  if (pageOfPath(link.pathname) === null || !(link.pathname === '/' || link.pathname.startsWith('/app'))) return;
  event.preventDefault();
  navigate(parseView(link.pathname, link.search));
}
