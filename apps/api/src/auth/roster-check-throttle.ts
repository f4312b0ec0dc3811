import { DomainError } from "@jinzhou/domain";

/**
 * Failed roster checks (name, ID number and phone that do not match the roster) counted per
 * client address, against trying ID numbers one after another. At most 10 failures per address
 * in an hour (counted from the first); the next request from it is refused until the hour is over.
 *
 * Kept in memory per API instance, like the SMS code counters (auth/sms-codes.ts): with N
 * instances an address gets at most 10 × N tries an hour, which still makes enumeration useless.
 */
export const rosterCheckLimit = { maxFailures: 10, windowMinutes: 60 } as const;

const windowMs = rosterCheckLimit.windowMinutes * 60_000;
const failuresByAddress = new Map<string, { count: number; windowStartsAtMs: number }>();

function sweep(nowMs: number): void {
  if (failuresByAddress.size <= 10_000) return;
  for (const [address, entry] of failuresByAddress) {
    if (nowMs - entry.windowStartsAtMs >= windowMs) failuresByAddress.delete(address);
  }
}

/** Refuses at once when the address has used up its failures, whatever it sends. */
export function refuseThrottledRosterChecks(address: string, nowMs: number = Date.now()): void {
  const entry = failuresByAddress.get(address);
  if (entry === undefined || nowMs - entry.windowStartsAtMs >= windowMs) return;
  if (entry.count < rosterCheckLimit.maxFailures) return;
  const minutes = Math.max(1, Math.ceil((entry.windowStartsAtMs + windowMs - nowMs) / 60_000));
  throw new DomainError("WORKER_CODE_TOO_FREQUENT", [], `核对失败次数过多，请 ${minutes} 分钟后再试`);
}

/** Counts one failed roster check from the address. */
export function countFailedRosterCheck(address: string, nowMs: number = Date.now()): void {
  sweep(nowMs);
  const entry = failuresByAddress.get(address);
  if (entry === undefined || nowMs - entry.windowStartsAtMs >= windowMs) {
    failuresByAddress.set(address, { count: 1, windowStartsAtMs: nowMs });
  } else {
    entry.count += 1;
  }
}
