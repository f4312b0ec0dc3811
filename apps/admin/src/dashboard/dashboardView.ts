import type { DashboardActivity, DashboardOrganization } from "./dashboardApi.ts";

/**
 * The largest value a bar chart's axis needs: the largest value rounded up to 1, 2 or 5 times a
 * power of ten (at least 1), so that the ticks read 0, 5, 10 … rather than 0, 7, 14.
 */
export function niceMaximum(values: readonly number[]): number {
  const largest = Math.max(0, ...values);
  if (largest <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(largest));
  for (const step of [1, 2, 5, 10]) {
    if (largest <= step * power) return step * power;
  }
  return 10 * power;
}

/** Ticks from 0 to the maximum in `count` equal steps, whole numbers only (fewer if needed). */
export function ticksUpTo(maximum: number, count = 5): number[] {
  const step = Math.max(1, Math.ceil(maximum / count));
  const ticks: number[] = [];
  for (let value = 0; value <= maximum; value += step) ticks.push(value);
  return ticks;
}

/** A share (0–100, one decimal) as the chart writes it: "42.9", "50.0", "0.0". */
export function shareText(share: number): string {
  return share.toFixed(1);
}

/** The years the selector offers: from 2015 (the plan's year) to next year, and the one shown. */
export function yearChoices(today: string, shown: number): number[] {
  const thisYear = Number(today.slice(0, 4));
  const last = Math.max(thisYear + 1, shown);
  const first = Math.min(2015, shown);
  return Array.from({ length: last - first + 1 }, (_, index) => last - index);
}

/** The organizations in the chart's order: most entrants first, then by name; the direct row last. */
export function chartOrder(rows: readonly DashboardOrganization[]): DashboardOrganization[] {
  return [...rows].sort(
    (a, b) =>
      Number(a.direct) - Number(b.direct) ||
      b.participation.entrants - a.participation.entrants ||
      a.name.localeCompare(b.name, "zh-Hans-CN"),
  );
}

/** The activities whose entrants the viewer sees and that have any, for the per-activity shares. */
export function activitiesWithEntrants(activities: readonly DashboardActivity[]): DashboardActivity[] {
  return activities.filter((activity) => (activity.participation?.entrants ?? 0) > 0);
}
