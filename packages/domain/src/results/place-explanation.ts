import type { Fraction } from "../exact/fraction.ts";

/** What the explanation needs to know about an entry on the same list. */
export interface PlaceExplanationSubject {
  entryId: number;
  name: string;
  total: Fraction;
  /** Values compared by the tie-breaks, in the list's order. */
  tieBreakValues: readonly Fraction[];
}

/** How the entry's place was finally settled. */
export type PlaceOutcome =
  | { kind: "ALONE"; place: number }
  | { kind: "SHARED"; place: number }
  /** Equal after every tie-break of a list without SHARED_PLACE: shared for now, flagged. */
  | { kind: "UNRESOLVED"; place: number }
  | { kind: "SEPARATED"; place: number; reason: string };

/**
 * The sentence organizers read to the public to explain a place, e.g.
 * "与 李强 总分相同，实操成绩较高，列第 2 名". It walks the same steps as the ranking: first the
 * entries whose totals look the same with two decimals (so that a place decided by the third
 * decimal is explained too), then each tie-break in order among those still equal.
 * `list` is every entry on the ranking in rank order; names are listed in that order.
 */
export function explainPlace(
  subject: PlaceExplanationSubject,
  list: readonly PlaceExplanationSubject[],
  tieBreakLabels: readonly string[],
  outcome: PlaceOutcome,
): string {
  const shownTotal = subject.total.toFixed(2);
  const lookAlike = list.filter((other) => other.entryId !== subject.entryId && other.total.toFixed(2) === shownTotal);
  if (lookAlike.length === 0) return `总分 ${shownTotal}，${placeClause(outcome, false)}`;

  const clauses: string[] = [];
  const byTotal = split(lookAlike, (entry) => subject.total.compare(entry.total));
  if (byTotal.equal.length === lookAlike.length) {
    clauses.push(`与 ${names(lookAlike)} 总分相同`);
  } else {
    const unrounded = `未四舍五入的总分${relation(byTotal)}${stillEqual(byTotal.equal, "总分")}`;
    clauses.push(`与 ${names(lookAlike)} 总分四舍五入后同为 ${shownTotal}，${unrounded}`);
  }
  let stillTied = byTotal.equal;
  for (const [index, label] of tieBreakLabels.entries()) {
    if (stillTied.length === 0) break;
    const step = split(stillTied, (entry) => valueAt(subject, index).compare(valueAt(entry, index)));
    if (step.equal.length === stillTied.length) {
      clauses.push(`${label}也相同`);
      continue;
    }
    clauses.push(`${label}${relation(step)}${stillEqual(step.equal, label)}`);
    stillTied = step.equal;
  }
  clauses.push(placeClause(outcome, stillTied.length > 0));
  return clauses.join("，");
}

function valueAt(entry: PlaceExplanationSubject, index: number): Fraction {
  const value = entry.tieBreakValues[index];
  if (value === undefined) throw new RangeError(`entry ${entry.entryId} has no value for tie-break ${index + 1}`);
  return value;
}

interface Split {
  better: PlaceExplanationSubject[];
  equal: PlaceExplanationSubject[];
  worse: PlaceExplanationSubject[];
}

/** `comparison` is the subject compared with the other entry: positive when the subject is higher. */
function split(
  entries: readonly PlaceExplanationSubject[],
  comparison: (entry: PlaceExplanationSubject) => number,
): Split {
  const result: Split = { better: [], equal: [], worse: [] };
  for (const entry of entries) {
    const sign = comparison(entry);
    (sign < 0 ? result.better : sign > 0 ? result.worse : result.equal).push(entry);
  }
  return result;
}

function relation({ better, equal, worse }: Split): string {
  if (equal.length === 0 && better.length === 0) return "较高";
  if (equal.length === 0 && worse.length === 0) return "较低";
  const parts: string[] = [];
  if (better.length > 0) parts.push(`低于 ${names(better)}`);
  if (worse.length > 0) parts.push(`高于 ${names(worse)}`);
  return parts.join("、");
}

/** When a step separates only some of the tied entries: "；与 王芳 实操成绩相同". */
function stillEqual(equal: readonly PlaceExplanationSubject[], label: string): string {
  return equal.length > 0 ? `；与 ${names(equal)} ${label}相同` : "";
}

function names(entries: readonly PlaceExplanationSubject[]): string {
  return entries.map((entry) => entry.name).join("、");
}

function placeClause(outcome: PlaceOutcome, stillTied: boolean): string {
  switch (outcome.kind) {
    case "SEPARATED":
      return `经主办部门裁定列第 ${outcome.place} 名（理由：${outcome.reason}）`;
    case "UNRESOLVED":
      return `暂列并列第 ${outcome.place} 名（并列比较项已用尽，本活动未设“并列名次”，须由主办部门裁定）`;
    case "SHARED":
      return `并列第 ${outcome.place} 名`;
    case "ALONE":
      if (stillTied) throw new RangeError("an entry still tied with others cannot hold its place alone");
      return `列第 ${outcome.place} 名`;
  }
}
