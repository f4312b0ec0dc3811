import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compositionTestCandidate } from "./composition-candidate.fixture.ts";
import type { CompositionCandidate } from "./composition-candidate.ts";
import {
  compositionCandidatesNeeded,
  compositionLimitStatus,
  compositionRemedies,
  evaluateComposition,
} from "./composition-evaluation.ts";
import { type CompositionLimit, modelWorkerCompositionLimits } from "./composition-limit.ts";

const candidate = compositionTestCandidate;

// Ten candidates: 4 front-line and 1 technical (5 of 10 = 50%), 3 managers of whom 1 woman
// (1 woman of 10 = 10%), 2 enterprise heads (2 of 10 = 20%).
const tenCandidates: CompositionCandidate[] = [
  candidate("C1", "FRONT_LINE"),
  candidate("C2", "FRONT_LINE"),
  candidate("C3", "FRONT_LINE"),
  candidate("C4", "FRONT_LINE"),
  candidate("C5", "TECHNICAL"),
  candidate("C6", "MANAGER"),
  candidate("C7", "MANAGER"),
  candidate("C8", "MANAGER", "FEMALE"),
  candidate("C9", "ENTERPRISE_HEAD"),
  candidate("C10", "ENTERPRISE_HEAD"),
];

describe("evaluateComposition: a model-worker list that breaks all three default limits", () => {
  const evaluation = evaluateComposition(modelWorkerCompositionLimits, tenCandidates);
  const [frontLine, heads, women] = evaluation.statuses;

  it("breaks front-line and technical ≥ 60% with 5 of 10", () => {
    // 5 ÷ 10 = 50.00% < 60%; 60% of 10 = 6 needed.
    // Add counting x: (5 + x) ÷ (10 + x) ≥ 0.6 ⇔ 0.4x ≥ 1 ⇔ x ≥ 2.5 → 3 (8/13 = 61.54%; 7/12 = 58.33% is short).
    // Replace z: 5 + z ≥ 6 → 1. Remove others y: 5 ÷ (10 − y) ≥ 0.6 ⇔ y ≥ 10 − 8.33… → 2 (5/8 = 62.5%).
    expect(frontLine).toMatchObject({ count: 5, listSize: 10, shareText: "50.00%", requiredCount: 6, holds: false });
    expect(frontLine?.countingCandidateIds).toEqual(["C1", "C2", "C3", "C4", "C5"]);
    expect(frontLine?.breach?.remedies).toEqual({
      add: 3,
      replace: 1,
      remove: 2,
      text: "可以再推荐 3 名一线职工和专业技术人员，或把 1 名其他候选人换成一线职工和专业技术人员，或撤下 2 名其他候选人。",
    });
    expect(frontLine?.breach?.reason).toEqual({
      code: "COMPOSITION_SHARE_TOO_LOW",
      limitKey: "FRONT_LINE_AND_TECHNICAL",
      message:
        "「一线职工和专业技术人员」应不低于 60%：现有候选人 10 名，其中一线职工和专业技术人员 5 名，占 50.00%；按 10 名计算至少需要 6 名。",
    });
  });

  it("breaks enterprise heads ≤ 10% with 2 of 10", () => {
    // 2 ÷ 10 = 20.00% > 10%; 10% of 10 = 1 allowed.
    // Add others x: 2 ÷ (10 + x) ≤ 0.1 ⇔ x ≥ 10 → 10 (2/20 = 10%). Replace z: 2 − z ≤ 1 → 1.
    // Remove heads y: (2 − y) ÷ (10 − y) ≤ 0.1 ⇔ 0.9y ≥ 1 ⇔ y ≥ 1.11… → 2 (1/9 = 11.11% is still too many).
    expect(heads).toMatchObject({ count: 2, shareText: "20.00%", requiredCount: 1, holds: false });
    expect(heads?.breach?.remedies).toEqual({
      add: 10,
      replace: 1,
      remove: 2,
      text: "可以再推荐 10 名企业负责人以外的候选人，或把 1 名企业负责人换成其他候选人，或撤下 2 名企业负责人。",
    });
    expect(heads?.breach?.reason.message).toBe(
      "「企业负责人」应不超过 10%：现有候选人 10 名，其中企业负责人 2 名，占 20.00%；按 10 名计算最多 1 名。",
    );
    expect(heads?.breach?.reason.code).toBe("COMPOSITION_SHARE_TOO_HIGH");
  });

  it("breaks women ≥ 20% with 1 of 10", () => {
    // 1 ÷ 10 = 10.00% < 20%; 20% of 10 = 2 needed.
    // Add women x: (1 + x) ÷ (10 + x) ≥ 0.2 ⇔ 0.8x ≥ 1 ⇔ x ≥ 1.25 → 2 (3/12 = 25%; 2/11 = 18.18% is short).
    // Replace z: 1 + z ≥ 2 → 1. Remove others y: 1 ÷ (10 − y) ≥ 0.2 ⇔ y ≥ 5 → 5 (1/5 = 20%).
    expect(women).toMatchObject({ count: 1, shareText: "10.00%", requiredCount: 2, holds: false });
    expect(women?.breach?.remedies).toMatchObject({ add: 2, replace: 1, remove: 5 });
    expect(compositionCandidatesNeeded(modelWorkerCompositionLimits[2] as CompositionLimit, 1, 10)).toBe(2);
  });

  it("cannot be submitted without overrides", () => {
    expect(evaluation.allHold).toBe(false);
    expect(evaluation.acceptable).toBe(false);
    expect(evaluation.uncoveredBreaches.map((reason) => reason.limitKey)).toEqual([
      "FRONT_LINE_AND_TECHNICAL",
      "ENTERPRISE_HEADS",
      "WOMEN",
    ]);
  });

  it("is mended by one swap: an enterprise head for a front-line woman", () => {
    // 6/10 = 60% ≥ 60%, 1/10 = 10% ≤ 10%, 2/10 = 20% ≥ 20%: each exactly on its bound, which holds.
    const mended = evaluateComposition(modelWorkerCompositionLimits, [
      ...tenCandidates.slice(0, 9),
      candidate("C11", "FRONT_LINE", "FEMALE"),
    ]);
    expect(mended.statuses.map((status) => status.shareText)).toEqual(["60.00%", "10.00%", "20.00%"]);
    expect(mended.allHold).toBe(true);
    expect(mended.acceptable).toBe(true);
    expect(mended.uncoveredBreaches).toEqual([]);
  });
});

describe("evaluateComposition: edge cases", () => {
  it("lets an empty list hold every limit", () => {
    const evaluation = evaluateComposition(modelWorkerCompositionLimits, []);
    expect(evaluation.statuses.map((status) => [status.shareText, status.requiredCount, status.holds])).toEqual([
      ["—", 0, true],
      ["—", 0, true],
      ["—", 0, true],
    ]);
    expect(compositionRemedies(modelWorkerCompositionLimits[0] as CompositionLimit, 0, 0)).toBeNull();
    expect(compositionCandidatesNeeded(modelWorkerCompositionLimits[0] as CompositionLimit, 0, 0)).toBe(0);
  });

  it("says when adding cannot help and when only emptying the list would", () => {
    const all: CompositionLimit = {
      key: "ALL_FL",
      counts: { kind: "POSITION_CATEGORY", in: ["FRONT_LINE"] },
      bound: "AT_LEAST",
      percent: "100",
    };
    // 1 of 2 front-line against 100%: adding never reaches 100%; replace 1; remove the 1 other.
    expect(compositionRemedies(all, 1, 2)).toEqual({
      add: null,
      replace: 1,
      remove: 1,
      text: "可以把 1 名其他候选人换成一线职工，或撤下 1 名其他候选人。",
    });
    // 0 of 2: removing the others would leave nobody.
    expect(compositionRemedies(all, 0, 2)).toMatchObject({ add: null, replace: 2, remove: null });
    const noHeads: CompositionLimit = {
      key: "NO_HEADS",
      counts: { kind: "POSITION_CATEGORY", in: ["ENTERPRISE_HEAD"] },
      bound: "AT_MOST",
      percent: "0",
    };
    // 2 heads of 2 against 0%: adding others never reaches 0%; removing both empties the list.
    expect(compositionRemedies(noHeads, 2, 2)).toEqual({
      add: null,
      replace: 2,
      remove: null,
      text: "可以把 2 名企业负责人换成其他候选人。",
    });
    expect(compositionCandidatesNeeded(noHeads, 2, 2)).toBeNull();
  });

  it("evaluates one limit alone", () => {
    const status = compositionLimitStatus(
      modelWorkerCompositionLimits[1] as CompositionLimit,
      tenCandidates.slice(0, 8),
    );
    // No heads among the first eight: 0/8 = 0.00% ≤ 10%; at most ⌊0.8⌋ = 0 heads for 8 candidates.
    expect(status).toMatchObject({ count: 0, shareText: "0.00%", requiredCount: 0, holds: true, breach: null });
  });

  it("throws on counts that cannot be", () => {
    const limit = modelWorkerCompositionLimits[0] as CompositionLimit;
    expect(() => compositionRemedies(limit, 3, 2)).toThrow(RangeError);
    expect(() => compositionRemedies(limit, -1, 2)).toThrow(RangeError);
    expect(() => compositionRemedies(limit, 1, 2.5)).toThrow(RangeError);
  });

  it("throws when a candidate appears twice", () => {
    expect(() =>
      evaluateComposition(modelWorkerCompositionLimits, [candidate("C1", "FRONT_LINE"), candidate("C1", "FRONT_LINE")]),
    ).toThrow(RangeError);
  });
});

describe("compositionRemedies: each number is the smallest that works (property)", () => {
  // An independent oracle in whole numbers: with an integer percent p, c of n holds at least p
  // when 100c ≥ pn, at most p when 100c ≤ pn.
  const holds = (bound: "AT_LEAST" | "AT_MOST", p: number, c: number, n: number) =>
    n === 0 || (bound === "AT_LEAST" ? 100 * c >= p * n : 100 * c <= p * n);

  it("adds, replaces or removes exactly enough", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("AT_LEAST" as const, "AT_MOST" as const),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        (bound, p, [n, c]) => {
          const limit: CompositionLimit = { key: "L", counts: { kind: "MIGRANT_WORKER" }, bound, percent: String(p) };
          const remedies = compositionRemedies(limit, c, n);
          expect(remedies === null).toBe(holds(bound, p, c, n));
          if (remedies === null) return;
          const atLeast = bound === "AT_LEAST";
          // Adding: counting candidates for at least, others for at most.
          const afterAdding = (x: number) => holds(bound, p, atLeast ? c + x : c, n + x);
          if (remedies.add === null) {
            expect(afterAdding(10000)).toBe(false);
          } else {
            expect(afterAdding(remedies.add)).toBe(true);
            expect(afterAdding(remedies.add - 1)).toBe(false);
          }
          const afterReplacing = (z: number) => holds(bound, p, atLeast ? c + z : c - z, n);
          expect(afterReplacing(remedies.replace)).toBe(true);
          expect(afterReplacing(remedies.replace - 1)).toBe(false);
          expect(remedies.replace).toBeLessThanOrEqual(atLeast ? n - c : c);
          // Removing: others for at least, counting candidates for at most; never down to nobody.
          const afterRemoving = (y: number) => holds(bound, p, atLeast ? c : c - y, n - y);
          const removable = atLeast ? n - c : Math.min(c, n - 1);
          if (remedies.remove === null) {
            for (let y = 0; y <= removable; y++) expect(afterRemoving(y) && n - y > 0).toBe(false);
          } else {
            expect(remedies.remove).toBeLessThanOrEqual(removable);
            expect(n - remedies.remove).toBeGreaterThan(0);
            expect(afterRemoving(remedies.remove)).toBe(true);
            expect(afterRemoving(remedies.remove - 1)).toBe(false);
          }
        },
      ),
    );
  });
});
