import { useEffect, useState } from 'preact/hooks';
import { parseView, type View, viewUrl } from './viewQuery.js';

/** The view the browser's address shows now. */
function currentView(): View {
  return parseView(window.location.pathname, window.location.search);
}

const listeners = new Set<() => void>();

/** Shows `view`: pushes its address on the history (or replaces the current one) and redraws. */
export function navigate(view: View, replace = false): void {
  const url = viewUrl(view);
  if (url !== window.location.pathname + window.location.search) {
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
  for (const listener of listeners) listener();
}

/** The current view, redrawn when the address changes (a link, the back button, navigate()). */
export function useView(): View {
  const [view, setView] = useState(currentView);
  useEffect(() => {
    const update = () => setView(currentView());
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return view;
}
