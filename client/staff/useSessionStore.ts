// The signed-in staff session (client only). Kept in sessionStorage so a reload keeps it, never in
// localStorage; dropped once expired. Refreshed shortly before expiry while the page is in use.
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { ApiError, type Session, STAFF_SESSION_KEY, staffApi } from '../net/staffApi.ts';

/** Refresh this long before expiry, ms. */
const REFRESH_BEFORE_MS = 2 * 60_000;
/** The page counts as in use when touched within this window, ms. */
const ACTIVE_WINDOW_MS = 15 * 60_000;

type SessionState = {
  session: Session | null;
  signIn(username: string, password: string): Promise<void>;
  /** Replaces the password (required after a one-time password); the new session replaces this one. */
  changePassword(currentPassword: string, newPassword: string): Promise<void>;
  /** Ends the sign-in on the server too (best effort) and forgets it here. */
  signOut(): void;
  /** Swaps the token for a fresh one if in use and near expiry; signs out once expired. */
  keepAlive(nowMs: number, lastActivityMs: number): Promise<void>;
};

export const useSessionStore = create<SessionState>()(
  persist(
    (set, get) => ({
      session: null,
      async signIn(username, password) {
        set({ session: await staffApi.login(username, password) });
      },
      async changePassword(currentPassword, newPassword) {
        const session = get().session;
        if (!session) return;
        set({ session: await staffApi.changePassword(session.token, currentPassword, newPassword) });
      },
      signOut: () => {
        const session = get().session;
        if (session) staffApi.logout(session.token).catch(() => undefined);
        set({ session: null });
      },
      async keepAlive(nowMs, lastActivityMs) {
        const session = get().session;
        if (!session) return;
        if (session.expiresAt <= nowMs) {
          set({ session: null });
          return;
        }
        if (session.expiresAt - nowMs > REFRESH_BEFORE_MS || nowMs - lastActivityMs > ACTIVE_WINDOW_MS)
          return;
        try {
          set({ session: await staffApi.refresh(session.token) });
        } catch (e) {
          if (e instanceof ApiError && e.status === 401) set({ session: null });
        }
      },
    }),
    {
      name: STAFF_SESSION_KEY,
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({ session }) => ({ session }),
      onRehydrateStorage: () => (state) => {
        if (state?.session && state.session.expiresAt <= Date.now()) state.signOut();
      },
    },
  ),
);
