import { useSyncExternalStore } from "react";

/**
 * A one-time notice for the page reached after an account step ("账号已激活，欢迎您"): set just
 * before navigating, shown above that page, gone once it is closed or the worker moves on.
 * Kept for the tab only (sessionStorage), so a reload still shows it but another visit does not.
 */
export interface AccountNoticeText {
  tone: "success" | "info";
  text: string;
  /** The page (path) it is shown on; leaving that page ends it. */
  path: string;
}

const storageKey = "portal.accountNotice";
const listeners = new Set<() => void>();
let cached: AccountNoticeText | null | undefined;

function read(): AccountNoticeText | null {
  if (cached !== undefined) return cached;
  try {
    const stored = window.sessionStorage.getItem(storageKey);
    cached = stored ? (JSON.parse(stored) as AccountNoticeText) : null;
  } catch {
    cached = null;
  }
  return cached;
}

function write(notice: AccountNoticeText | null): void {
  cached = notice;
  try {
    if (notice) window.sessionStorage.setItem(storageKey, JSON.stringify(notice));
    else window.sessionStorage.removeItem(storageKey);
  } catch {
    // Without storage the notice lasts while the page is open.
  }
  for (const listener of listeners) listener();
}

export const showAccountNotice = (notice: AccountNoticeText): void => write(notice);
export const dismissAccountNotice = (): void => write(null);

export function useAccountNotice(): AccountNoticeText | null {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    read,
    () => null,
  );
}
