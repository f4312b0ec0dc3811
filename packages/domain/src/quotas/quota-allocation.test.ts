import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Fraction } from "../exact/fraction.ts";
import { allocateQuota, type QuotaAllocation } from "./quota-allocation.ts";
import type { QuotaOrganization, QuotaRule } from "./quota-rule.ts";

const byHeadcount = (total: number, minimumPerOrganization?: number): QuotaRule => ({
  total,
  weightBasis: "FRONTLINE_HEADCOUNT",
  ...(minimumPerOrganization === undefined ? {} : { minimumPerOrganization }),
});

function allocated(rule: QuotaRule, organizations: QuotaOrganization[]): QuotaAllocation {
  const outcome = allocateQuota(rule, organizations);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.reasons));
  return outcome.allocation;
}

function placesOf(allocation: QuotaAllocation): Record<string, number> {
  return Object.fromEntries(allocation.rows.map((row) => [row.organizationCode, row.places]));
}

function refusalCodes(rule: QuotaRule, organizations: QuotaOrganization[]): string[] {
  const outcome = allocateQuota(rule, organizations);
  return outcome.ok ? [] : outcome.reasons.map((reason) => reason.code);
}

describe("allocateQuota: equal remainders", () => {
  it("gives the place left to the smaller weight when two remainders are equal", () => {
    // Σ weights = 15 + 25 + 60 = 100.
    // 古塔区 10 × 15 ÷ 100 = 1.5 → 1, remainder 0.5
    // 凌河区 10 × 25 ÷ 100 = 2.5 → 2, remainder 0.5
    // 太和区 10 × 60 ÷ 100 = 6   → 6, remainder 0
    // whole parts 1 + 2 + 6 = 9, one place left; 0.5 = 0.5, 15 < 25 → 古塔区. Places 2, 2, 6.
    const allocation = allocated(byHeadcount(10), [
      { code: "JZ-GT", name: "古塔区总工会", weight: 15 },
      { code: "JZ-LH", name: "凌河区总工会", weight: 25 },
      { code: "JZ-TH", name: "太和区总工会", weight: 60 },
    ]);
    expect(placesOf(allocation)).toEqual({ "JZ-GT": 2, "JZ-LH": 2, "JZ-TH": 6 });
    expect(allocation.weightSum.toString()).toBe("100");
    expect(allocation.wholePartsTotal).toBe(9);
    expect(allocation.extraPlaces).toBe(1);
    const [gt, lh, th] = allocation.rows;
    expect(gt?.exactShare.toString()).toBe("3/2");
    expect(gt?.wholePart).toBe(1);
    expect(gt?.remainder.toString()).toBe("1/2");
    expect(gt?.remainderRank).toBe(1);
    expect(gt?.extraPlace).toBe(true);
    expect(lh?.remainder.toString()).toBe("1/2");
    expect(lh?.remainderRank).toBe(2);
    expect(lh?.extraPlace).toBe(false);
    expect(th?.exactShare.toString()).toBe("6");
    expect(th?.remainderRank).toBeNull();
    expect(th?.extraPlace).toBe(false);
  });

  it("goes by organization code when equal remainders have equal weights, whatever the order given", () => {
    // Σ = 35 + 35 + 30 = 100. 黑山县 and 义县 10 × 35 ÷ 100 = 3.5 → 3, remainder 0.5;
    // 北镇市 10 × 30 ÷ 100 = 3, remainder 0. Whole parts 9, one place left; equal remainders and
    // equal weights → code "JZ-HS" < "JZ-YX" → 黑山县. Places 4, 3, 3.
    const allocation = allocated(byHeadcount(10), [
      { code: "JZ-YX", name: "义县总工会", weight: 35 },
      { code: "JZ-BZ", name: "北镇市总工会", weight: 30 },
      { code: "JZ-HS", name: "黑山县总工会", weight: 35 },
    ]);
    expect(placesOf(allocation)).toEqual({ "JZ-YX": 3, "JZ-BZ": 3, "JZ-HS": 4 });
    expect(allocation.rows.map((row) => row.remainderRank)).toEqual([2, null, 1]);
  });

  it("keeps a fraction exact when it has no finite decimal", () => {
    // 10 × 1 ÷ 3 = 10/3 → 3, remainder 1/3 each; 3 × 3 = 9, one left → code "A" first. 4, 3, 3.
    const allocation = allocated({ total: 10, weightBasis: "CUSTOM" }, [
      { code: "C", name: "丙", weight: 1 },
      { code: "A", name: "甲", weight: 1 },
      { code: "B", name: "乙", weight: 1 },
    ]);
    expect(placesOf(allocation)).toEqual({ A: 4, B: 3, C: 3 });
    expect(allocation.rows[0]?.remainder.equals(Fraction.of(1, 3))).toBe(true);
  });
});

describe("allocateQuota: minimums (保底名额)", () => {
  const unions: QuotaOrganization[] = [
    { code: "IU-A", name: "甲产业工会", weight: 50 },
    { code: "IU-B", name: "乙产业工会", weight: 30 },
    { code: "IU-C", name: "丙产业工会", weight: 15 },
    { code: "IU-D", name: "丁产业工会", weight: 5 },
  ];

  it("gives the minimums first and splits the rest by weight", () => {
    // Minimums 4 × 1 = 4, places by weight 10 − 4 = 6, Σ weights = 100.
    // 甲 6 × 50 ÷ 100 = 3   → 3, remainder 0
    // 乙 6 × 30 ÷ 100 = 1.8 → 1, remainder 0.8
    // 丙 6 × 15 ÷ 100 = 0.9 → 0, remainder 0.9
    // 丁 6 × 5 ÷ 100  = 0.3 → 0, remainder 0.3
    // whole parts 4, 2 left → 丙 (0.9), 乙 (0.8). Places 1+3 = 4, 1+1+1 = 3, 1+0+1 = 2, 1+0 = 1.
    const allocation = allocated(byHeadcount(10, 1), unions);
    expect(allocation.minimumsTotal).toBe(4);
    expect(allocation.placesByWeight).toBe(6);
    expect(placesOf(allocation)).toEqual({ "IU-A": 4, "IU-B": 3, "IU-C": 2, "IU-D": 1 });
    expect(allocation.rows.map((row) => row.remainderRank)).toEqual([null, 2, 1, 3]);
  });

  it("without minimums leans to the smaller weight on the tie", () => {
    // 10 × w ÷ 100: 5, 3, 1.5, 0.5 → whole 5 + 3 + 1 + 0 = 9, one left; 丙 0.5 (15) and 丁 0.5 (5)
    // tie → the smaller weight, 丁. Places 5, 3, 1, 1.
    expect(placesOf(allocated(byHeadcount(10), unions))).toEqual({ "IU-A": 5, "IU-B": 3, "IU-C": 1, "IU-D": 1 });
  });

  it("lets an organization's own minimum replace the rule's", () => {
    // Minimums 2 + 0 + 0 + 0 = 2, 8 by weight: 8 × w ÷ 100 = 4, 2.4, 1.2, 0.4 → whole 7, 1 left → 丁 (0.4).
    // Places 2 + 4 = 6, 2, 1, 1.
    const allocation = allocated(byHeadcount(10), [
      { ...unions[0], minimum: 2 } as QuotaOrganization,
      { ...unions[1], minimum: null } as QuotaOrganization,
      ...unions.slice(2),
    ]);
    expect(placesOf(allocation)).toEqual({ "IU-A": 6, "IU-B": 2, "IU-C": 1, "IU-D": 1 });
  });

  it("needs no weights when the minimums take every place", () => {
    const allocation = allocated(byHeadcount(3, 1), [
      { code: "X", name: "甲", weight: 0 },
      { code: "Y", name: "乙", weight: 0 },
      { code: "Z", name: "丙", weight: 0 },
    ]);
    expect(placesOf(allocation)).toEqual({ X: 1, Y: 1, Z: 1 });
    expect(allocation.rows.every((row) => row.exactShare.equals(Fraction.zero))).toBe(true);
  });
});

// Front-line headcounts chosen to add up to 150 000, so that every share is 30 × w ÷ 150 000 = w ÷ 5000.
const jinzhou: QuotaOrganization[] = [
  { code: "JZ-GT", name: "古塔区总工会", weight: 14200 },
  { code: "JZ-LH", name: "凌河区总工会", weight: 16900 },
  { code: "JZ-TH", name: "太和区总工会", weight: 12600 },
  { code: "JZ-SS", name: "松山新区总工会", weight: 6300 },
  { code: "JZ-JK", name: "经济技术开发区总工会", weight: 11800 },
  { code: "JZ-LHS", name: "凌海市总工会", weight: 15400 },
  { code: "JZ-BZ", name: "北镇市总工会", weight: 13100 },
  { code: "JZ-HS", name: "黑山县总工会", weight: 10700 },
  { code: "JZ-YX", name: "义县总工会", weight: 8900 },
  { code: "JZ-JX", name: "市机械冶金工会", weight: 12300 },
  { code: "JZ-SH", name: "市石油化工工会", weight: 11000 },
  { code: "JZ-JT", name: "市交通运输工会", weight: 9600 },
  { code: "JZ-SM", name: "市商贸旅游工会", weight: 7200 },
];

describe("allocateQuota: 30 model-worker places in Jinzhou by front-line headcount", () => {
  it("splits 30 places across the nine county federations and four industry unions", () => {
    // share = w ÷ 5000:
    // 古塔 2.84 凌河 3.38 太和 2.52 松山 1.26 开发区 2.36 凌海 3.08 北镇 2.62 黑山 2.14 义县 1.78
    // 机械冶金 2.46 石化 2.20 交通 1.92 商贸 1.44 (they add up to 30.00).
    // Whole parts 2+3+2+1+2+3+2+2+1+2+2+1+1 = 24, 6 places left.
    // Remainders high to low: 交通 .92, 古塔 .84, 义县 .78, 北镇 .62, 太和 .52, 机械冶金 .46 | 商贸 .44,
    // 凌河 .38, 开发区 .36, 松山 .26, 石化 .20, 黑山 .14, 凌海 .08. The first six get one more.
    const allocation = allocated(byHeadcount(30), jinzhou);
    expect(allocation.weightSum.toString()).toBe("150000");
    expect(allocation.rows.map((row) => row.exactShare.toFixed(2))).toEqual([
      "2.84",
      "3.38",
      "2.52",
      "1.26",
      "2.36",
      "3.08",
      "2.62",
      "2.14",
      "1.78",
      "2.46",
      "2.20",
      "1.92",
      "1.44",
    ]);
    expect(allocation.wholePartsTotal).toBe(24);
    expect(allocation.extraPlaces).toBe(6);
    expect(allocation.rows.map((row) => row.remainderRank)).toEqual([2, 8, 5, 10, 9, 13, 4, 12, 3, 6, 11, 1, 7]);
    expect(placesOf(allocation)).toEqual({
      "JZ-GT": 3,
      "JZ-LH": 3,
      "JZ-TH": 3,
      "JZ-SS": 1,
      "JZ-JK": 2,
      "JZ-LHS": 3,
      "JZ-BZ": 3,
      "JZ-HS": 2,
      "JZ-YX": 2,
      "JZ-JX": 3,
      "JZ-SH": 2,
      "JZ-JT": 2,
      "JZ-SM": 1,
    });
    expect(allocation.notices).toEqual([]);
  });

  it("with one place guaranteed to every county, splits the other 21 by headcount", () => {
    // Minimums: the nine counties 1 each = 9; 30 − 9 = 21 by weight; share = 21 × w ÷ 150000 = 7w ÷ 50000:
    // 古塔 1.988 凌河 2.366 太和 1.764 松山 0.882 开发区 1.652 凌海 2.156 北镇 1.834 黑山 1.498 义县 1.246
    // 机械冶金 1.722 石化 1.540 交通 1.344 商贸 1.008 (they add up to 21.000).
    // Whole parts 1+2+1+0+1+2+1+1+1+1+1+1+1 = 14, 7 left. Remainders high to low: 古塔 .988, 松山 .882,
    // 北镇 .834, 太和 .764, 机械冶金 .722, 开发区 .652, 石化 .540 | 黑山 .498, 凌河 .366, 交通 .344,
    // 义县 .246, 凌海 .156, 商贸 .008.
    // Places: counties 1 + whole + extra: 3, 3, 3, 2, 3, 3, 3, 2, 2 (= 24); unions 2, 2, 1, 1 (= 6).
    const counties = new Set(["JZ-GT", "JZ-LH", "JZ-TH", "JZ-SS", "JZ-JK", "JZ-LHS", "JZ-BZ", "JZ-HS", "JZ-YX"]);
    const allocation = allocated(
      byHeadcount(30),
      jinzhou.map((organization) => ({ ...organization, minimum: counties.has(organization.code) ? 1 : 0 })),
    );
    expect(allocation.placesByWeight).toBe(21);
    expect(allocation.rows.map((row) => row.exactShare.toFixed(3))).toEqual([
      "1.988",
      "2.366",
      "1.764",
      "0.882",
      "1.652",
      "2.156",
      "1.834",
      "1.498",
      "1.246",
      "1.722",
      "1.540",
      "1.344",
      "1.008",
    ]);
    expect(allocation.wholePartsTotal).toBe(14);
    expect(placesOf(allocation)).toEqual({
      "JZ-GT": 3,
      "JZ-LH": 3,
      "JZ-TH": 3,
      "JZ-SS": 2,
      "JZ-JK": 3,
      "JZ-LHS": 3,
      "JZ-BZ": 3,
      "JZ-HS": 2,
      "JZ-YX": 2,
      "JZ-JX": 2,
      "JZ-SH": 2,
      "JZ-JT": 1,
      "JZ-SM": 1,
    });
  });
});

describe("allocateQuota: edge cases", () => {
  it("gives a zero weight no place and says so", () => {
    // Σ = 400. 5 × 300 ÷ 400 = 3.75 → 3; 5 × 100 ÷ 400 = 1.25 → 1; 0 → 0. One left → 甲 (0.75). 4, 1, 0.
    const allocation = allocated(byHeadcount(5), [
      { code: "A", name: "甲", weight: 300 },
      { code: "B", name: "乙", weight: 100 },
      { code: "C", name: "丙", weight: 0 },
    ]);
    expect(placesOf(allocation)).toEqual({ A: 4, B: 1, C: 0 });
    expect(allocation.notices.map((notice) => notice.code)).toEqual(["QUOTA_ORGANIZATION_WITHOUT_PLACES"]);
    expect(allocation.notices[0]?.message).toBe("丙未分到名额，如需每个单位至少 1 名，请设置保底名额");
  });

  it("splits a total of 0 into nothing", () => {
    const allocation = allocated(byHeadcount(0), [{ code: "A", name: "甲", weight: 10 }]);
    expect(placesOf(allocation)).toEqual({ A: 0 });
    expect(allocation.notices).toEqual([]);
  });

  it("flags places beyond a headcount but still splits", () => {
    // More places than front-line workers: 10 × 3 ÷ 4 = 7.5 → 7, 10 × 1 ÷ 4 = 2.5 → 2; tie → smaller weight 乙. 7, 3.
    const allocation = allocated(byHeadcount(10), [
      { code: "A", name: "甲", weight: 3 },
      { code: "B", name: "乙", weight: 1 },
    ]);
    expect(placesOf(allocation)).toEqual({ A: 7, B: 3 });
    expect(allocation.notices.map((notice) => notice.message)).toEqual([
      "甲分到 7 名，多于其一线职工人数 3",
      "乙分到 3 名，多于其一线职工人数 1",
    ]);
  });

  it("reads decimal weights exactly for a custom basis", () => {
    // Σ = 0.1 + 0.2 = 0.3 exactly; 3 × 0.1 ÷ 0.3 = 1, 3 × 0.2 ÷ 0.3 = 2, no remainders.
    const allocation = allocated({ total: 3, weightBasis: "CUSTOM", customWeightLabel: "考核得分" }, [
      { code: "A", name: "甲", weight: 0.1 },
      { code: "B", name: "乙", weight: "0.2" },
    ]);
    expect(placesOf(allocation)).toEqual({ A: 1, B: 2 });
    expect(allocation.weightLabel).toBe("考核得分");
  });

  it("refuses all weights zero", () => {
    const outcome = allocateQuota(byHeadcount(5), [
      { code: "A", name: "甲", weight: 0 },
      { code: "B", name: "乙", weight: "0" },
    ]);
    expect(outcome).toEqual({
      ok: false,
      reasons: [
        {
          code: "QUOTA_ALL_WEIGHTS_ZERO",
          message: "所有单位的一线职工人数都是 0，无法按比例分配 5 个名额，请先核实一线职工人数",
        },
      ],
    });
  });

  it("refuses minimums above the total", () => {
    const outcome = allocateQuota(byHeadcount(2, 1), [
      { code: "A", name: "甲", weight: 1 },
      { code: "B", name: "乙", weight: 1 },
      { code: "C", name: "丙", weight: 1 },
    ]);
    expect(outcome).toEqual({
      ok: false,
      reasons: [{ code: "QUOTA_MINIMUMS_EXCEED_TOTAL", message: "保底名额合计 3 名，超过总名额 2 名" }],
    });
  });

  it("refuses no organizations", () => {
    expect(refusalCodes(byHeadcount(5), [])).toEqual(["QUOTA_NO_ORGANIZATIONS"]);
  });

  it("reports every problem at once", () => {
    const codes = refusalCodes({ total: 2.5, weightBasis: "FRONTLINE_HEADCOUNT" }, [
      { code: "A", name: "甲", weight: -1 },
      { code: "A", name: "甲二", weight: 1.5 },
      { code: "A", name: "甲三", weight: 1 },
      { code: " ", name: "", weight: Number.NaN, minimum: -1 },
      { code: "B", name: "乙", weight: "1e3" },
    ]);
    expect(codes).toEqual([
      "QUOTA_TOTAL_INVALID",
      "QUOTA_WEIGHT_INVALID",
      "QUOTA_DUPLICATE_ORGANIZATION",
      "QUOTA_WEIGHT_NOT_WHOLE",
      "QUOTA_ORGANIZATION_CODE_REQUIRED",
      "QUOTA_WEIGHT_INVALID",
      "QUOTA_MINIMUM_INVALID",
      "QUOTA_WEIGHT_INVALID",
    ]);
  });

  it("still reports minimums above the total next to a duplicate code", () => {
    const codes = refusalCodes(byHeadcount(1, 1), [
      { code: "A", name: "甲", weight: 1 },
      { code: "A", name: "乙", weight: 1 },
    ]);
    expect(codes).toEqual(["QUOTA_DUPLICATE_ORGANIZATION", "QUOTA_MINIMUMS_EXCEED_TOTAL"]);
  });

  it("names the organization in a refusal", () => {
    const outcome = allocateQuota(byHeadcount(3), [{ code: "JZ-YX", name: "义县总工会", weight: "十" }]);
    expect(outcome.ok ? [] : outcome.reasons.map((reason) => reason.message)).toEqual([
      "义县总工会的一线职工人数应为不小于 0 的数",
    ]);
  });
});

const organizationsArbitrary = fc
  .uniqueArray(
    fc.record({
      code: fc.stringMatching(/^[A-Z]{1,3}$/),
      weight: fc.oneof(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 12 })),
    }),
    { minLength: 1, maxLength: 14, selector: (organization) => organization.code },
  )
  .filter((organizations) => organizations.some((organization) => organization.weight > 0))
  .map((organizations) => organizations.map((organization) => ({ ...organization, name: organization.code })));

describe("allocateQuota: properties", () => {
  it("adds up to the total, and each share is within one of its exact proportion", () => {
    fc.assert(
      fc.property(organizationsArbitrary, fc.integer({ min: 0, max: 300 }), (organizations, total) => {
        const allocation = allocated(byHeadcount(total), organizations);
        expect(allocation.rows.reduce((sum, row) => sum + row.places, 0)).toBe(total);
        const weightSum = organizations.reduce((sum, organization) => sum + organization.weight, 0);
        for (const [index, row] of allocation.rows.entries()) {
          const exact = Fraction.of(total * (organizations[index]?.weight ?? 0), weightSum);
          const gap = Fraction.of(row.places).minus(exact);
          expect(gap.compare(Fraction.of(1))).toBeLessThan(0);
          expect(gap.compare(Fraction.of(-1))).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("never gives a larger weight fewer places than a smaller one, with or without a common minimum", () => {
    fc.assert(
      fc.property(
        organizationsArbitrary,
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 2 }),
        (organizations, extra, minimum) => {
          const total = organizations.length * minimum + extra;
          const allocation = allocated(byHeadcount(total, minimum), organizations);
          expect(allocation.rows.reduce((sum, row) => sum + row.places, 0)).toBe(total);
          for (const a of allocation.rows) {
            expect(a.places).toBeGreaterThanOrEqual(minimum);
            for (const b of allocation.rows) {
              if (a.weight.compare(b.weight) > 0) expect(a.places).toBeGreaterThanOrEqual(b.places);
            }
          }
        },
      ),
    );
  });

  it("does not depend on the order the organizations are given in", () => {
    fc.assert(
      fc.property(
        organizationsArbitrary.chain((organizations) =>
          fc.tuple(fc.constant(organizations), fc.shuffledSubarray(organizations, { minLength: organizations.length })),
        ),
        fc.integer({ min: 0, max: 300 }),
        ([organizations, shuffled], total) => {
          const first = allocated(byHeadcount(total), organizations);
          const second = allocated(byHeadcount(total), shuffled);
          expect(placesOf(second)).toEqual(placesOf(first));
          const ranks = (allocation: QuotaAllocation) =>
            Object.fromEntries(allocation.rows.map((row) => [row.organizationCode, row.remainderRank]));
          expect(ranks(second)).toEqual(ranks(first));
        },
      ),
    );
  });
});
