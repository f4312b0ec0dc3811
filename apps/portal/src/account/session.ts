import { useSyncExternalStore } from "react";

/** Who is signed in on this phone: the token from `login` and what the pages show about them. */
export interface Session {
  token: string;
  displayName: string;
  role: string;
}

const storageKey = "portal.session";
const listeners = new Set<() => void>();
let cached: Session | null | undefined;

function read(): Session | null {
  if (cached !== undefined) return cached;
  try {
    const stored = window.localStorage.getItem(storageKey);
    cached = stored ? (JSON.parse(stored) as Session) : null;
  } catch {
    cached = null;
  }
  return cached;
}

function write(session: Session | null): void {
  cached = session;
  try {
    if (session) window.localStorage.setItem(storageKey, JSON.stringify(session));
    else window.localStorage.removeItem(storageKey);
  } catch {
    // Without storage the session lasts until the tab closes.
  }
  for (const listener of listeners) listener();
}

export const currentSession = (): Session | null => read();
export const signedIn = (session: Session): void => write(session);
export const signedOut = (): void => write(null);

/** The signed-in session, or null; re-renders when someone signs in or out (also in another tab). */
export function useSession(): Session | null {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      const onStorage = (event: StorageEvent) => {
        if (event.key !== storageKey) return;
        cached = undefined;
        onChange();
      };
      window.addEventListener("storage", onStorage);
      return () => {
        listeners.delete(onChange);
        window.removeEventListener("storage", onStorage);
      };
    },
    read,
    () => null,
  );
}
