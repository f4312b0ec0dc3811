import { describe, expect, it } from "vitest";
import type { CompositionCandidateFacts } from "./composition-candidate.ts";
import {
  type CompositionPredicate,
  compositionPredicateMatches,
  describeCompositionPredicate,
  parseCompositionPredicate,
} from "./composition-predicate.ts";

const youngMigrantWoman: CompositionCandidateFacts = {
  positionCategory: "FRONT_LINE",
  gender: "FEMALE",
  youngWorker: true,
  nonPublicEnterprise: true,
  migrantWorker: true,
  skillGrade: "GRADE_2",
  grassrootsClass: "B",
};
const stateOwnedHead: CompositionCandidateFacts = {
  positionCategory: "ENTERPRISE_HEAD",
  gender: "MALE",
  youngWorker: false,
  nonPublicEnterprise: false,
  migrantWorker: false,
  skillGrade: null,
  grassrootsClass: null,
};

describe("compositionPredicateMatches", () => {
  const cases: [CompositionPredicate, boolean, boolean][] = [
    [{ kind: "POSITION_CATEGORY", in: ["FRONT_LINE", "TECHNICAL"] }, true, false],
    [{ kind: "GENDER", is: "FEMALE" }, true, false],
    [{ kind: "YOUNG_WORKER" }, true, false],
    [{ kind: "NON_PUBLIC_ENTERPRISE" }, true, false],
    [{ kind: "MIGRANT_WORKER" }, true, false],
    [{ kind: "SKILL_GRADE", in: ["GRADE_1", "GRADE_2"] }, true, false],
    [{ kind: "GRASSROOTS_CLASS", in: ["A", "B"] }, true, false],
    [{ kind: "ALL", of: [{ kind: "YOUNG_WORKER" }, { kind: "GENDER", is: "MALE" }] }, false, false],
    [{ kind: "ANY", of: [{ kind: "YOUNG_WORKER" }, { kind: "GENDER", is: "MALE" }] }, true, true],
    [{ kind: "NOT", of: { kind: "NON_PUBLIC_ENTERPRISE" } }, false, true],
  ];
  it.each(cases)("%j: young migrant woman %s, state-owned head %s", (predicate, woman, head) => {
    expect(compositionPredicateMatches(predicate, youngMigrantWoman)).toBe(woman);
    expect(compositionPredicateMatches(predicate, stateOwnedHead)).toBe(head);
  });
});

describe("describeCompositionPredicate", () => {
  it("uses the words users see", () => {
    expect(describeCompositionPredicate({ kind: "POSITION_CATEGORY", in: ["FRONT_LINE", "TECHNICAL"] })).toBe(
      "一线职工或专业技术人员",
    );
    expect(describeCompositionPredicate({ kind: "GENDER", is: "FEMALE" })).toBe("女职工");
    expect(describeCompositionPredicate({ kind: "SKILL_GRADE", in: ["GRADE_2", "GRADE_1"] })).toBe(
      "职业技能等级为二级/技师或一级/高级技师的职工",
    );
    expect(describeCompositionPredicate({ kind: "GRASSROOTS_CLASS", in: ["A", "B"] })).toBe("A 类或 B 类基层工会职工");
    expect(describeCompositionPredicate({ kind: "NOT", of: { kind: "NON_PUBLIC_ENTERPRISE" } })).toBe(
      "「非公有制企业职工」以外的人员",
    );
    expect(
      describeCompositionPredicate({
        kind: "ANY",
        of: [
          { kind: "ALL", of: [{ kind: "GENDER", is: "FEMALE" }, { kind: "YOUNG_WORKER" }] },
          { kind: "MIGRANT_WORKER" },
        ],
      }),
    ).toBe("（女职工且青年职工（35 周岁及以下））或农民工");
  });
});

describe("parseCompositionPredicate", () => {
  it("reads a nested predicate from JSON and drops repeated values", () => {
    const json = JSON.parse(
      '{"kind":"ALL","of":[{"kind":"POSITION_CATEGORY","in":["FRONT_LINE","FRONT_LINE"]},{"kind":"NOT","of":{"kind":"GENDER","is":"MALE"}},{"kind":"MIGRANT_WORKER"}]}',
    );
    expect(parseCompositionPredicate(json)).toEqual({
      ok: true,
      value: {
        kind: "ALL",
        of: [
          { kind: "POSITION_CATEGORY", in: ["FRONT_LINE"] },
          { kind: "NOT", of: { kind: "GENDER", is: "MALE" } },
          { kind: "MIGRANT_WORKER" },
        ],
      },
    });
  });

  it("reports every problem with its path", () => {
    const result = parseCompositionPredicate({
      kind: "ANY",
      of: [
        { kind: "POSITION_CATEGORY", In: ["FRONT_LINE"] },
        { kind: "SKILL_GRADE", in: ["GRADE_1", "GRADE_9", 3] },
        { kind: "GENDER", is: "女" },
        { kind: "AGE_UNDER", years: 35 },
        { kind: "ALL", of: [] },
        { kind: "GRASSROOTS_CLASS", in: [] },
        { kind: "NOT", of: null },
        "YOUNG_WORKER",
      ],
    });
    expect(result.ok ? [] : result.errors.map((error) => `${error.field} ${error.code}`)).toEqual([
      "counts.of[0].In PREDICATE_KEY_UNKNOWN",
      "counts.of[0].in PREDICATE_VALUES_REQUIRED",
      "counts.of[1].in[1] PREDICATE_VALUE_UNKNOWN",
      "counts.of[1].in[2] PREDICATE_VALUE_UNKNOWN",
      "counts.of[2].is PREDICATE_VALUE_UNKNOWN",
      "counts.of[3] PREDICATE_KIND_UNKNOWN",
      "counts.of[4].of PREDICATE_PARTS_REQUIRED",
      "counts.of[5].in PREDICATE_VALUES_REQUIRED",
      "counts.of[6].of PREDICATE_KIND_UNKNOWN",
      "counts.of[7] PREDICATE_KIND_UNKNOWN",
    ]);
    expect(result.ok ? "" : result.errors[2]?.message).toBe("职业技能等级「GRADE_9」无法识别");
  });

  it("refuses an unknown key on an otherwise good predicate", () => {
    const result = parseCompositionPredicate({ kind: "YOUNG_WORKER", maxAge: 40 }, "limits[0].counts");
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          field: "limits[0].counts.maxAge",
          code: "PREDICATE_KEY_UNKNOWN",
          message: "计数条件中有无法识别的项「maxAge」",
        },
      ],
    });
  });

  it("refuses nesting deeper than six levels", () => {
    let predicate: unknown = { kind: "MIGRANT_WORKER" };
    for (let level = 0; level < 5; level++) predicate = { kind: "NOT", of: predicate };
    expect(parseCompositionPredicate(predicate).ok).toBe(true);
    const result = parseCompositionPredicate({ kind: "NOT", of: predicate });
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(["PREDICATE_TOO_DEEP"]);
  });
});
