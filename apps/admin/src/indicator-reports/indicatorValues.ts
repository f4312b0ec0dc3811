export interface IndicatorValue {
  key: string;
  value: string;
}

/** An indicator as people read it: its name in the activity's indicator round, else its code. */
export function indicatorLabel(key: string, names: ReadonlyMap<string, string>): string {
  return names.get(key) ?? key;
}

/** Indicator names by key, from the criteria of the activity's rounds (the first name wins). */
export function indicatorNames(rounds: { criteria?: { key: string; name: string }[] | null }[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const round of rounds) {
    for (const criterion of round.criteria ?? []) {
      if (!names.has(criterion.key)) names.set(criterion.key, criterion.name);
    }
  }
  return names;
}

/** The keys whose value differs from the previous filing (added or changed; exact text compared). */
export function changedKeys(previous: IndicatorValue[] | null, current: IndicatorValue[]): Set<string> {
  if (previous === null) return new Set();
  const before = new Map(previous.map((entry) => [entry.key, entry.value]));
  return new Set(current.filter((entry) => before.get(entry.key) !== entry.value).map((entry) => entry.key));
}
