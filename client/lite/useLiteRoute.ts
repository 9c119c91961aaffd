// Which Lite page is shown (client only): the address bar is the truth; `navigate` pushes a new
// address, the back button (popstate) restores one. LiteApp moves focus to the new page's heading.
import { create } from 'zustand';
import { type LiteRoute, litePath, parseLiteRoute } from './route.ts';

type LiteRouteState = {
  route: LiteRoute;
  /** Counts page changes made in this tab (0 on the first page), so focus moves only after one. */
  changes: number;
  navigate: (route: LiteRoute) => void;
};

const current = (): LiteRoute => parseLiteRoute(location.pathname, location.search);

export const useLiteRoute = create<LiteRouteState>()((set) => ({
  route: current(),
  changes: 0,
  navigate: (route) => {
    const path = litePath(route);
    if (path !== location.pathname + location.search) history.pushState(null, '', path);
    set((s) => ({ route, changes: s.changes + 1 }));
  },
}));

/**
 * Follows the browser's back and forward buttons. Call once at start. A move between places of the
 * same page (`#angka`: the browser already scrolled and focused there) is no page change.
 */
export function followHistory(): void {
  let shown = location.pathname + location.search;
  useLiteRoute.subscribe(() => {
    shown = location.pathname + location.search;
  });
  window.addEventListener('popstate', () => {
    if (location.pathname + location.search === shown) return;
    useLiteRoute.setState((s) => ({ route: current(), changes: s.changes + 1 }));
  });
}
