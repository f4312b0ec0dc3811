// The proof of a verified phone (verifyVoterCode), kept in this tab only for its 30 minutes.

export interface VoterToken {
  voterToken: string;
  maskedPhone: string;
  expiresAt: string;
}

type TabStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const storageKey = "portal.voterToken";
/** Give up a token a little before it expires, so a ballot is not sent with a token about to die. */
const marginMs = 30_000;

function tabStorage(): TabStorage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** The verified phone of this tab, or null when there is none or it has (nearly) expired. */
export function storedVoterToken(
  now: number = Date.now(),
  storage: TabStorage | null = tabStorage(),
): VoterToken | null {
  let stored: VoterToken | null = null;
  try {
    const text = storage?.getItem(storageKey);
    stored = text ? (JSON.parse(text) as VoterToken) : null;
  } catch {
    stored = null;
  }
  if (!stored || typeof stored.voterToken !== "string" || !(Date.parse(stored.expiresAt) - marginMs > now)) {
    if (stored) forgetVoterToken(storage);
    return null;
  }
  return stored;
}

export function keepVoterToken(token: VoterToken, storage: TabStorage | null = tabStorage()): void {
  try {
    storage?.setItem(storageKey, JSON.stringify(token));
  } catch {
    // Private mode without storage: the token lives in the page's state until the tab closes.
  }
}

export function forgetVoterToken(storage: TabStorage | null = tabStorage()): void {
  try {
    storage?.removeItem(storageKey);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
