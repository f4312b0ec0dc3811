import { safeNextPath } from "./next-path.ts";

/**
 * A link between the sign-in pages that keeps where the worker is heading: /activate?next=/me/messages.
 * A missing or unsafe next is left out.
 */
export function withNext(path: string, next: string | null): string {
  const kept = safeNextPath(next, "");
  return kept === "" ? path : `${path}?next=${encodeURIComponent(kept).replace(/%2F/g, "/")}`;
}
