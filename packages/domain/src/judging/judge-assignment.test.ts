import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type JudgedEntry,
  type JudgeProfile,
  type JudgeRecusal,
  judgeExclusionReasons,
} from "./conflict-of-interest.ts";
import { assignJudgesBalanced, checkJudgeAssignments, type JudgeAssignment } from "./judge-assignment.ts";

const guta = "/00000001/00000004/";
const linghe = "/00000001/00000005/";
const taihe = "/00000001/00000006/";

const judges: JudgeProfile[] = [
  { judgeId: 1, name: "赵一", organizationPath: guta, categories: ["合唱"] },
  { judgeId: 2, name: "钱二", organizationPath: null, categories: ["合唱"] },
  { judgeId: 3, name: "孙三", organizationPath: taihe, categories: ["合唱"] },
  { judgeId: 4, name: "李四", organizationPath: null, categories: ["合唱"] },
  { judgeId: 5, name: "周五", organizationPath: null, categories: ["合唱"] },
];
const entry = (entryId: number, organizationPath: string): JudgedEntry => ({
  entryId,
  name: `合唱团${entryId}`,
  category: "合唱",
  organizationPath,
});
const entries: JudgedEntry[] = [
  entry(101, `${guta}00000017/`), // under judge 1's county: conflicted
  entry(102, guta), // judge 1's own county: conflicted
  entry(103, `${linghe}00000021/`),
  entry(104, linghe),
  entry(105, `${linghe}00000022/`),
  entry(106, "/00000001/00000041/"), // id 41 only looks like 4: not judge 1's subtree
  entry(107, `${linghe}00000023/`),
  entry(108, "/00000001/00000007/"),
];
const judgesOf = (assignments: JudgeAssignment[], entryId: number) =>
  assignments.filter((assignment) => assignment.entryId === entryId).map((assignment) => assignment.judgeId);

describe("balanced automatic assignment", () => {
  it("assigns 5 judges to 8 entries, 3 each, around judge 1's conflict with two entries", () => {
    const result = assignJudgesBalanced({ judges, entries, judgesPerEntry: 3 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // Entries 101 and 102 have only judges 2–5 and go first; then 103…108. Each entry takes the
    // three judges with the fewest assignments so far, ties to the smaller id (loads after each):
    // 101: 2,3,4 → [0,1,1,1,0]    102: 5,2,3 → [0,2,2,1,1]    103: 1,4,5 → [1,2,2,2,2]
    // 104: 1,2,3 → [2,3,3,2,2]    105: 1,4,5 → [3,3,3,3,3]    106: 1,2,3 → [4,4,4,3,3]
    // 107: 4,5,1 → [5,4,4,4,4]    108: 2,3,4 → [5,5,5,5,4]
    expect(entries.map((e) => judgesOf(result.assignments, e.entryId))).toEqual([
      [2, 3, 4],
      [2, 3, 5],
      [1, 4, 5],
      [1, 2, 3],
      [1, 4, 5],
      [1, 2, 3],
      [1, 4, 5],
      [2, 3, 4],
    ]);
    // 8 × 3 = 24 assignments over 5 judges: 5, 5, 5, 5, 4
    expect(result.loads).toEqual([
      { judgeId: 1, count: 5 },
      { judgeId: 2, count: 5 },
      { judgeId: 3, count: 5 },
      { judgeId: 4, count: 5 },
      { judgeId: 5, count: 4 },
    ]);
  });

  it("moves an assignment to a judge with two fewer when the greedy pass leaves one", () => {
    const county = "/00000001/00000002/";
    const enterprise = "/00000001/00000002/00000005/";
    const other = "/00000001/00000003/";
    const panel: JudgeProfile[] = [
      { judgeId: 1, name: "甲", organizationPath: enterprise, categories: ["演讲"] },
      { judgeId: 2, name: "乙", organizationPath: county, categories: ["演讲"] },
      { judgeId: 3, name: "丙", organizationPath: other, categories: ["演讲"] },
    ];
    const speakers: JudgedEntry[] = [
      { entryId: 101, name: "选手甲", category: "演讲", organizationPath: other }, // judges 1, 2
      { entryId: 102, name: "选手乙", category: "演讲", organizationPath: enterprise }, // judge 3 only
      { entryId: 103, name: "选手丙", category: "演讲", organizationPath: county }, // judges 1, 3 (1 sits below it)
    ];
    const result = assignJudgesBalanced({ judges: panel, entries: speakers, judgesPerEntry: 1 });
    // Greedy: 102 → 3; 101 → 1 (tie with 2, smaller id); 103 → 1 (tie with 3 at one each) — loads 2, 0, 1.
    // Judge 1 carries two more than judge 2, who may score 101: 101 moves to judge 2 — loads 1, 1, 1.
    expect(result).toEqual({
      ok: true,
      assignments: [
        { entryId: 101, judgeId: 2 },
        { entryId: 102, judgeId: 3 },
        { entryId: 103, judgeId: 1 },
      ],
      loads: [
        { judgeId: 1, count: 1 },
        { judgeId: 2, count: 1 },
        { judgeId: 3, count: 1 },
      ],
    });
  });

  it("says in Chinese, per entry, why an entry cannot get enough judges", () => {
    const recusals: JudgeRecusal[] = [{ judgeId: 3, entryId: 102, reason: "亲属参赛" }];
    const result = assignJudgesBalanced({ judges, entries, judgesPerEntry: 4, recusals });
    expect(result).toEqual({
      ok: false,
      reasons: [
        {
          entryId: 102,
          code: "NOT_ENOUGH_JUDGES",
          message:
            "「合唱团102」需要 4 名评委，「合唱」评委组 5 人中只有 3 人可以评分；不能评分的评委：赵一（本单位或下级单位回避）、孙三（声明回避：亲属参赛）",
        },
      ],
    });
    const six = assignJudgesBalanced({ judges, entries, judgesPerEntry: 6 });
    expect(!six.ok && six.reasons.map((reason) => reason.entryId)).toEqual([101, 102, 103, 104, 105, 106, 107, 108]);
    expect(!six.ok && six.reasons[2]?.message).toBe(
      "「合唱团103」需要 6 名评委，「合唱」评委组 5 人中只有 5 人可以评分",
    );
  });

  it("assigns within each category's panel and counts loads across panels", () => {
    const panel: JudgeProfile[] = [
      { judgeId: 1, name: "甲", organizationPath: null, categories: ["男声"] },
      { judgeId: 2, name: "乙", organizationPath: null, categories: ["男声", "女声"] },
      { judgeId: 3, name: "丙", organizationPath: null, categories: ["女声"] },
    ];
    const groups: JudgedEntry[] = [
      { entryId: 1, name: "男声一队", category: "男声", organizationPath: guta },
      { entryId: 2, name: "男声二队", category: "男声", organizationPath: guta },
      { entryId: 3, name: "女声一队", category: "女声", organizationPath: guta },
      { entryId: 4, name: "女声二队", category: "女声", organizationPath: guta },
      { entryId: 5, name: "童声队", category: "童声", organizationPath: guta },
    ];
    const refused = assignJudgesBalanced({ judges: panel, entries: groups, judgesPerEntry: 1 });
    expect(!refused.ok && refused.reasons).toEqual([
      {
        entryId: 5,
        code: "NOT_ENOUGH_JUDGES",
        message: "「童声队」需要 1 名评委，「童声」评委组 0 人中只有 0 人可以评分",
      },
    ]);
    const result = assignJudgesBalanced({ judges: panel, entries: groups.slice(0, 4), judgesPerEntry: 1 });
    // 1 → judge 1; 2 → judge 2 (judge 1 has one); 3 → judge 3; 4 → judge 2 or 3 at one each: 2.
    // The last pass finds no judge two below another, so loads stay 1, 2, 1.
    expect(result.ok && result.assignments).toEqual([
      { entryId: 1, judgeId: 1 },
      { entryId: 2, judgeId: 2 },
      { entryId: 3, judgeId: 3 },
      { entryId: 4, judgeId: 2 },
    ]);
  });

  it("counts assignments judges already carry", () => {
    const result = assignJudgesBalanced({
      judges: judges.slice(1, 4),
      entries: [entries[2] as JudgedEntry],
      judgesPerEntry: 2,
      priorLoads: [
        { judgeId: 2, count: 5 },
        { judgeId: 99, count: 1 },
      ],
    });
    expect(result.ok && result.assignments.map((assignment) => assignment.judgeId)).toEqual([3, 4]);
  });

  it("refuses a judge count that is not a positive whole number, and duplicate ids", () => {
    for (const judgesPerEntry of [0, -1, 2.5]) {
      const result = assignJudgesBalanced({ judges, entries, judgesPerEntry });
      expect(!result.ok && result.reasons.map((reason) => reason.code)).toEqual(["JUDGES_PER_ENTRY_INVALID"]);
    }
    expect(() =>
      assignJudgesBalanced({ judges: [...judges, judges[0] as JudgeProfile], entries, judgesPerEntry: 1 }),
    ).toThrow(RangeError);
    expect(() =>
      assignJudgesBalanced({ judges, entries: [...entries, entries[0] as JudgedEntry], judgesPerEntry: 1 }),
    ).toThrow(RangeError);
  });
});

describe("checking assignments made by hand", () => {
  it("accepts the automatic assignment", () => {
    const result = assignJudgesBalanced({ judges, entries, judgesPerEntry: 3 });
    expect(
      result.ok && checkJudgeAssignments({ judges, entries, judgesPerEntry: 3, assignments: result.assignments }),
    ).toEqual([]);
  });

  it("reports every problem: a conflicted or recused judge, a judge twice, a wrong number of judges", () => {
    const reasons = checkJudgeAssignments({
      judges,
      entries: entries.slice(0, 3),
      judgesPerEntry: 2,
      recusals: [{ judgeId: 4, entryId: 103, reason: "曾在该单位任职" }],
      assignments: [
        { entryId: 101, judgeId: 1 },
        { entryId: 101, judgeId: 2 },
        { entryId: 102, judgeId: 2 },
        { entryId: 102, judgeId: 2 },
        { entryId: 103, judgeId: 4 },
        { entryId: 103, judgeId: 5 },
      ],
    });
    expect(reasons.map((reason) => [reason.entryId, reason.code])).toEqual([
      [101, "JUDGE_CONFLICT_OF_INTEREST"],
      [102, "JUDGE_ASSIGNED_TWICE"],
      [103, "JUDGE_RECUSED"],
      [102, "ENTRY_JUDGE_COUNT"],
    ]);
    expect(reasons[1]?.message).toBe("评委钱二被重复分配给「合唱团102」");
    expect(reasons[3]?.message).toBe("「合唱团102」分配了 1 名评委，本轮每个参赛对象应有 2 名");
  });

  it("refuses an invalid judge count and assignments to unknown judges or entries", () => {
    expect(checkJudgeAssignments({ judges, entries, judgesPerEntry: 0, assignments: [] }).map((r) => r.code)).toEqual([
      "JUDGES_PER_ENTRY_INVALID",
    ]);
    expect(() =>
      checkJudgeAssignments({ judges, entries, judgesPerEntry: 1, assignments: [{ entryId: 999, judgeId: 1 }] }),
    ).toThrow(RangeError);
  });
});

describe("assignment properties", () => {
  const paths = [
    "/00000001/00000002/",
    "/00000001/00000003/",
    "/00000001/00000002/00000005/",
    "/00000001/00000003/00000006/",
  ];
  const categories = ["合唱", "独唱"];
  const scenario = fc
    .record({
      judgePaths: fc.array(fc.option(fc.constantFrom(...paths), { nil: null }), { minLength: 1, maxLength: 7 }),
      judgeCategories: fc.array(fc.subarray(categories, { minLength: 1 }), { minLength: 7, maxLength: 7 }),
      entryPaths: fc.array(fc.tuple(fc.constantFrom(...paths), fc.constantFrom(...categories)), {
        minLength: 1,
        maxLength: 12,
      }),
      recusalPairs: fc.array(fc.tuple(fc.nat(6), fc.nat(11)), { maxLength: 6 }),
      judgesPerEntry: fc.integer({ min: 1, max: 4 }),
    })
    .map(({ judgePaths, judgeCategories, entryPaths, recusalPairs, judgesPerEntry }) => {
      const judges = judgePaths.map(
        (organizationPath, index): JudgeProfile => ({
          judgeId: index + 1,
          name: `评委${index + 1}`,
          organizationPath,
          categories: judgeCategories[index] ?? categories,
        }),
      );
      const entries = entryPaths.map(
        ([organizationPath, category], index): JudgedEntry => ({
          entryId: 100 + index,
          name: `参赛者${index}`,
          category,
          organizationPath,
        }),
      );
      const recusals = recusalPairs.map(([judge, entry]) => ({
        judgeId: judge + 1,
        entryId: 100 + entry,
        reason: "回避",
      }));
      return { judges, entries, recusals, judgesPerEntry };
    });

  it("never assigns an excluded judge, gives every entry exactly the required judges, and leaves no move that balances better", () => {
    fc.assert(
      fc.property(scenario, ({ judges, entries, recusals, judgesPerEntry }) => {
        const result = assignJudgesBalanced({ judges, entries, judgesPerEntry, recusals });
        const eligible = (e: JudgedEntry) => judges.filter((j) => judgeExclusionReasons(j, e, recusals).length === 0);
        if (!result.ok) {
          const short = entries.filter((e) => eligible(e).length < judgesPerEntry).map((e) => e.entryId);
          expect(result.reasons.map((reason) => reason.entryId)).toEqual(short);
          expect(short.length).toBeGreaterThan(0);
          return;
        }
        const load = new Map(result.loads.map((l) => [l.judgeId, l.count]));
        for (const e of entries) {
          const assigned = judgesOf(result.assignments, e.entryId);
          expect(new Set(assigned).size).toBe(judgesPerEntry);
          expect(assigned.length).toBe(judgesPerEntry);
          for (const judgeId of assigned) {
            const judge = judges.find((j) => j.judgeId === judgeId) as JudgeProfile;
            expect(judgeExclusionReasons(judge, e, recusals)).toEqual([]);
            for (const free of eligible(e).filter((j) => !assigned.includes(j.judgeId))) {
              expect(load.get(free.judgeId) ?? 0).toBeGreaterThanOrEqual((load.get(judgeId) ?? 0) - 1);
            }
          }
        }
        expect(
          checkJudgeAssignments({ judges, entries, judgesPerEntry, recusals, assignments: result.assignments }),
        ).toEqual([]);
        // deterministic
        expect(assignJudgesBalanced({ judges, entries, judgesPerEntry, recusals })).toEqual(result);
      }),
    );
  });

  it("spreads the work so that loads differ by at most one when no judge is conflicted", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 1, max: 8 }),
        (judgeCount, entryCount, judgesPerEntry) => {
          fc.pre(judgesPerEntry <= judgeCount);
          const panel = Array.from(
            { length: judgeCount },
            (_, index): JudgeProfile => ({
              judgeId: index + 1,
              name: `评委${index + 1}`,
              organizationPath: null,
              categories: ["合唱"],
            }),
          );
          const all = Array.from({ length: entryCount }, (_, index) => entry(index + 1, guta));
          const result = assignJudgesBalanced({ judges: panel, entries: all, judgesPerEntry });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const counts = result.loads.map((l) => l.count);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
          expect(counts.reduce((sum, count) => sum + count, 0)).toBe(entryCount * judgesPerEntry);
        },
      ),
    );
  });
});
