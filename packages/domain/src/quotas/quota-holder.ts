import { isWithinSubtree } from "../organization-tree.ts";

/** An organization that was allocated places: a county federation or an industry union. */
export interface QuotaHolder {
  code: string;
  /** Its materialized path, e.g. "/00000001/00000004/". */
  path: string;
}

/** A nomination, placed by the grassroots union its candidate belongs to. */
export interface QuotaNominationPlacement {
  nominationId: string | number;
  organizationPath: string;
}

export interface QuotaHolderCounts {
  /** Nominations per holder code; every holder appears, with 0 when it has none. */
  counts: Record<string, number>;
  /** Nominations from outside every holder's subtree: they use no one's places and need a decision. */
  unattributed: (string | number)[];
}

/**
 * Counts nominations against the places of the holder whose subtree they come from. A grassroots
 * union's nomination uses its county's or industry union's places. When holders nest (an industry
 * union under a county federation), the nearest one counts, because it was given its own places.
 */
export function countNominationsByQuotaHolder(
  holders: readonly QuotaHolder[],
  nominations: readonly QuotaNominationPlacement[],
): QuotaHolderCounts {
  const counts: Record<string, number> = {};
  for (const holder of holders) counts[holder.code] = 0;
  const unattributed: (string | number)[] = [];
  for (const nomination of nominations) {
    let nearest: QuotaHolder | null = null;
    for (const holder of holders) {
      if (!isWithinSubtree(nomination.organizationPath, holder.path)) continue;
      if (nearest === null || holder.path.length > nearest.path.length) nearest = holder;
    }
    if (nearest === null) unattributed.push(nomination.nominationId);
    else counts[nearest.code] = (counts[nearest.code] ?? 0) + 1;
  }
  return { counts, unattributed };
}
