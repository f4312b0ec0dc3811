import { describe, expect, it } from "vitest";
import { compositionLimitContradictions } from "./composition-contradictions.ts";
import {
  type CompositionLimit,
  compositionLimitShare,
  describeCompositionLimit,
  modelWorkerCompositionLimits,
} from "./composition-limit.ts";
import { validateCompositionLimits } from "./validate-composition-limits.ts";

function problems(value: unknown): string[] {
  const result = validateCompositionLimits(value);
  return result.ok ? [] : result.errors.map((error) => `${error.field} ${error.code}`);
}

function messages(value: unknown): string[] {
  const result = validateCompositionLimits(value);
  return result.ok ? [] : result.errors.map((error) => error.message);
}

const frontLine = { kind: "POSITION_CATEGORY", in: ["FRONT_LINE"] };
const frontLineOrTechnical = { kind: "POSITION_CATEGORY", in: ["FRONT_LINE", "TECHNICAL"] };
const heads = { kind: "POSITION_CATEGORY", in: ["ENTERPRISE_HEAD"] };
const women = { kind: "GENDER", is: "FEMALE" };
const men = { kind: "GENDER", is: "MALE" };

describe("the model-worker defaults", () => {
  it("are valid and read as users expect", () => {
    expect(validateCompositionLimits(JSON.parse(JSON.stringify(modelWorkerCompositionLimits)))).toEqual({
      ok: true,
      value: modelWorkerCompositionLimits,
    });
    expect(modelWorkerCompositionLimits.map(describeCompositionLimit)).toEqual([
      "一线职工和专业技术人员不低于 60%",
      "企业负责人不超过 10%",
      "女职工不低于 20%",
    ]);
    expect(compositionLimitShare(modelWorkerCompositionLimits[0] as CompositionLimit).toString()).toBe("3/5");
  });
});

describe("validateCompositionLimits: fields", () => {
  it("accepts 0 and 100, numbers and decimal text, and names from the predicate", () => {
    const result = validateCompositionLimits([
      { key: "YOUNG", counts: { kind: "YOUNG_WORKER" }, bound: "AT_LEAST", percent: 12.5 },
      { key: "MIGRANT", name: "  ", counts: { kind: "MIGRANT_WORKER" }, bound: "AT_LEAST", percent: "0" },
      { key: "NON_PUBLIC", name: null, counts: { kind: "NON_PUBLIC_ENTERPRISE" }, bound: "AT_MOST", percent: "100.0" },
    ]);
    expect(result).toEqual({
      ok: true,
      value: [
        { key: "YOUNG", counts: { kind: "YOUNG_WORKER" }, bound: "AT_LEAST", percent: "12.5" },
        { key: "MIGRANT", counts: { kind: "MIGRANT_WORKER" }, bound: "AT_LEAST", percent: "0" },
        { key: "NON_PUBLIC", counts: { kind: "NON_PUBLIC_ENTERPRISE" }, bound: "AT_MOST", percent: "100" },
      ],
    });
    if (result.ok)
      expect(describeCompositionLimit(result.value[0] as CompositionLimit)).toBe(
        "青年职工（35 周岁及以下）不低于 12.5%",
      );
  });

  it("refuses percentages outside 0–100 and anything that is not a plain decimal", () => {
    expect(
      problems(
        [120, -5, "abc", "100.01", Number.POSITIVE_INFINITY, null].map((percent, index) => ({
          key: `L${index}`,
          counts: women,
          bound: "AT_LEAST",
          percent,
        })),
      ),
    ).toEqual([0, 1, 2, 3, 4, 5].map((index) => `limits[${index}].percent LIMIT_PERCENT_RANGE`));
  });

  it("reports every problem of every limit at once", () => {
    expect(
      problems([
        { key: "WOMEN", counts: women, bound: "AT_LEAST", percent: "20", note: "x" },
        { key: "WOMEN", name: 5, counts: { kind: "GENDER" }, bound: "ABOVE", percent: "20" },
        { key: "有效", name: "长".repeat(51), counts: women, bound: "AT_MOST", percent: "50" },
        "WOMEN ≥ 20%",
      ]),
    ).toEqual([
      "limits[0].note LIMIT_KEY_UNKNOWN",
      "limits[1].key LIMIT_KEY_DUPLICATE",
      "limits[1].name LIMIT_NAME_FORMAT",
      "limits[1].counts.is PREDICATE_VALUE_UNKNOWN",
      "limits[1].bound LIMIT_BOUND_UNKNOWN",
      "limits[2].key LIMIT_KEY_FORMAT",
      "limits[2].name TOO_LONG",
      "limits[3] LIMIT_NOT_AN_OBJECT",
    ]);
  });

  it("refuses what is not a list", () => {
    expect(problems({ key: "WOMEN" })).toEqual(["limits LIMITS_NOT_A_LIST"]);
  });
});

describe("validateCompositionLimits: contradictions", () => {
  it("finds at least 60% front-line against at most 50% front-line-or-technical (a set inside another)", () => {
    expect(
      messages([
        { key: "FL", name: "一线职工", counts: frontLine, bound: "AT_LEAST", percent: "60" },
        { key: "FLT", name: "一线职工和专业技术人员", counts: frontLineOrTechnical, bound: "AT_MOST", percent: "50" },
      ]),
    ).toEqual([
      "「一线职工」都属于「一线职工和专业技术人员」，「一线职工」不低于 60% 与「一线职工和专业技术人员」不超过 50% 不能同时满足",
    ]);
    // The other way round is fine: front-line at most 50% leaves room for technical staff.
    expect(
      problems([
        { key: "FL", counts: frontLine, bound: "AT_MOST", percent: "50" },
        { key: "FLT", counts: frontLineOrTechnical, bound: "AT_LEAST", percent: "60" },
      ]),
    ).toEqual([]);
  });

  it("sees the same set behind different words", () => {
    // "女职工" and "「男职工」以外的人员" are the same people: at least 30% and at most 20% cannot both hold.
    expect(
      problems([
        { key: "WOMEN", counts: women, bound: "AT_LEAST", percent: "30" },
        { key: "NOT_MEN", counts: { kind: "NOT", of: men }, bound: "AT_MOST", percent: "20" },
      ]),
    ).toEqual(["limits LIMITS_CONTRADICT"]);
  });

  it("finds two at-least limits on sets with nobody in both that add up to more than 100%", () => {
    // 60 + 50 = 110 > 100.
    expect(
      messages([
        { key: "WOMEN", counts: women, bound: "AT_LEAST", percent: "60" },
        { key: "MEN", counts: men, bound: "AT_LEAST", percent: "50" },
      ]),
    ).toEqual(["没有候选人同时属于「女职工」和「男职工」，两者分别不低于 60% 和 50%，合计超过 100%"]);
    // 50 + 50 = 100: a list of half women and half men meets both.
    expect(
      problems([
        { key: "WOMEN", counts: women, bound: "AT_LEAST", percent: "50" },
        { key: "MEN", counts: men, bound: "AT_LEAST", percent: "50" },
      ]),
    ).toEqual([]);
  });

  it("finds two at-most limits on sets covering everyone that add up to less than 100%", () => {
    // Every candidate is an enterprise head or not: 10 + 80 = 90 < 100.
    expect(
      messages([
        { key: "HEADS", name: "企业负责人", counts: heads, bound: "AT_MOST", percent: "10" },
        { key: "OTHERS", name: "其他人员", counts: { kind: "NOT", of: heads }, bound: "AT_MOST", percent: "80" },
      ]),
    ).toEqual(["每名候选人至少属于「企业负责人」「其他人员」之一，两者分别不超过 10% 和 80%，合计不足 100%"]);
  });

  it("finds a limit nobody or everybody falls under", () => {
    expect(
      messages([
        {
          key: "NOBODY",
          name: "一线企业负责人",
          counts: { kind: "ALL", of: [frontLine, heads] },
          bound: "AT_LEAST",
          percent: "5",
        },
        { key: "EVERYONE", name: "全体", counts: { kind: "ANY", of: [women, men] }, bound: "AT_MOST", percent: "90" },
      ]),
    ).toEqual([
      "没有候选人可能属于「一线企业负责人」，「一线企业负责人」不低于 5% 无法满足",
      "所有候选人都属于「全体」，「全体」不超过 90% 无法满足",
    ]);
  });

  it("checks the limits that could be read even when another could not", () => {
    expect(
      problems([
        { key: "WOMEN", counts: women, bound: "AT_LEAST", percent: "60" },
        { key: "BROKEN", counts: women, bound: "AT_LEAST", percent: "x" },
        { key: "MEN", counts: men, bound: "AT_LEAST", percent: "50" },
      ]),
    ).toEqual(["limits[1].percent LIMIT_PERCENT_RANGE", "limits LIMITS_CONTRADICT"]);
  });

  it("names the limits of each contradiction by key", () => {
    expect(
      compositionLimitContradictions([
        { key: "A", counts: { kind: "GENDER", is: "FEMALE" }, bound: "AT_LEAST", percent: "70" },
        { key: "B", counts: { kind: "GENDER", is: "MALE" }, bound: "AT_LEAST", percent: "40" },
      ]).map((contradiction) => contradiction.limitKeys),
    ).toEqual([["A", "B"]]);
  });
});
