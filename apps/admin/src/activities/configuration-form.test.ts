import {
  type ActivityConfiguration,
  activityKinds,
  activityTemplate,
  validateActivityConfiguration,
} from "@jinzhou/domain";
import { describe, expect, it } from "vitest";
import {
  type ConfigurationForm,
  configurationToForm,
  criteriaTotal,
  formToConfiguration,
  freshKey,
  moveItem,
  numberOrNull,
  problemsAt,
  replaceItem,
  wordList,
} from "./configuration-form.ts";

const problemsOf = (form: ConfigurationForm, stored: ActivityConfiguration) =>
  validateActivityConfiguration(formToConfiguration(form, stored));

describe("configuration form ↔ configuration", () => {
  it.each(activityKinds)("gives back the %s template unchanged when nothing is edited", (kind) => {
    const template = activityTemplate(kind);
    expect(formToConfiguration(configurationToForm(template), template)).toEqual(template);
  });

  it("reads the choir template as the organizer sees it", () => {
    const form = configurationToForm(activityTemplate("PERFORMANCE_CONTEST"));
    expect(form.categories).toMatchObject([
      { categoryId: "CHOIR", categoryName: "合唱", capacity: "", entrantType: "TEAM", membersMin: "2", membersMax: "" },
    ]);
    const [round] = form.rounds;
    expect(round).toMatchObject({ name: "现场演唱", weight: "100", maxResult: "100", judgesPerEntry: "7" });
    expect(round?.aggregation).toBe("TRIMMED_MEAN");
    expect(round?.trim).toBe("");
    // 50 + 20 + 15 + 10 + 5 = 100
    expect(round?.criteria.map((criterion) => criterion.max)).toEqual(["50", "20", "15", "10", "5"]);
    expect(form.tieBreaks).toEqual([
      { kind: "HIGHER_UNTRIMMED_MEAN", roundKey: "performance" },
      { kind: "SHARED_PLACE", roundKey: "" },
    ]);
    expect(form.awards.tiers.map((tier) => [tier.name, tier.by, tier.count])).toEqual([
      ["一等奖", "COUNT", "1"],
      ["二等奖", "COUNT", "2"],
      ["三等奖", "COUNT", "3"],
    ]);
    expect(form.publicNotice).toEqual({ workingDays: "5", lateObjections: "ACCEPT_FLAGGED" });
    expect(form.voting).toBeNull();
  });

  it("says a choir's criteria no longer add up to its maximum, and is satisfied once they do", () => {
    const stored = activityTemplate("PERFORMANCE_CONTEST");
    const form = configurationToForm(stored);
    const round = form.rounds[0];
    if (!round) throw new Error("choir round missing");
    // 音准、节奏与和声 50 → 55: 55 + 20 + 15 + 10 + 5 = 105, the round is out of 100.
    const raised = { ...form, rounds: [{ ...round, criteria: replaceItem(round.criteria, 0, { max: "55" }) }] };
    expect(criteriaTotal(raised.rounds[0]?.criteria ?? [])).toBe("105");
    const problems = problemsOf(raised, stored);
    expect(problems).toEqual([
      {
        field: "rounds[0].maxResult",
        code: "ROUND_MAX_RESULT_MISMATCH",
        message: "轮次“现场演唱”的满分应为各评分标准满分之和 105，现为 100",
      },
    ]);
    expect(problemsAt(problems, "rounds[0].maxResult", { exact: true })).toHaveLength(1);
    expect(problemsAt(problems, "rounds[0]")).toHaveLength(1);
    expect(problemsAt(problems, "rounds[1]")).toHaveLength(0);
    // 舞台表现 20 → 15: 55 + 15 + 15 + 10 + 5 = 100 again.
    const fixed = {
      ...raised,
      rounds: [{ ...round, criteria: replaceItem(raised.rounds[0]?.criteria ?? [], 1, { max: "15" }) }],
    };
    expect(problemsOf(fixed, stored)).toEqual([]);
    const saved = formToConfiguration(fixed, stored);
    expect(saved.rounds[0]?.criteriaScoring?.criteria.map((criterion) => criterion.max)).toEqual([
      "55",
      "15",
      "15",
      "10",
      "5",
    ]);
  });

  it("says the skills contest's round weights must add up to 100%", () => {
    const stored = activityTemplate("SKILLS_CONTEST");
    const form = configurationToForm(stored);
    // 理论 30% → 40%: 40 + 70 = 110.
    const heavier = { ...form, rounds: replaceItem(form.rounds, 0, { weight: "40" }) };
    expect(problemsOf(heavier, stored)).toEqual([
      { field: "rounds", code: "ROUND_WEIGHTS_NOT_100", message: "各轮次权重之和应为 100%，现为 110%" },
    ]);
    // 实操 70% → 60%: 40 + 60 = 100.
    const balanced = { ...heavier, rounds: replaceItem(heavier.rounds, 1, { weight: "60" }) };
    expect(problemsOf(balanced, stored)).toEqual([]);
    expect(formToConfiguration(balanced, stored).rounds.map((round) => round.weight)).toEqual(["40", "60"]);
  });

  it("writes a capacity left empty as no limit, and reports one that is not a whole number", () => {
    const stored = activityTemplate("PERFORMANCE_CONTEST");
    const form = configurationToForm(stored);
    const limited = {
      ...form,
      categories: replaceItem(form.categories, 0, { categoryName: "大合唱", capacity: "24" }),
    };
    expect(formToConfiguration(limited, stored).categories[0]).toMatchObject({
      categoryId: "CHOIR",
      categoryName: "大合唱",
      capacity: 24,
    });
    const wrong = { ...form, categories: replaceItem(form.categories, 0, { capacity: "2.5" }) };
    expect(problemsOf(wrong, stored)).toEqual([
      {
        field: "categories[0].capacity",
        code: "CATEGORY_CAPACITY_RANGE",
        message: "组别“合唱”的名额应为 1–100000 的整数；不限名额请留空",
      },
    ]);
    expect(formToConfiguration(form, stored).categories[0]?.capacity).toBeNull();
  });

  it("keeps a skills contest trade's rule with its category and adds a new trade", () => {
    const stored = activityTemplate("SKILLS_CONTEST");
    const form = configurationToForm(stored);
    expect(form.categories.map((category) => category.trades)).toEqual(["车工", "钳工", "维修电工", "焊工"]);
    const more: ConfigurationForm = {
      ...form,
      categories: [
        ...form.categories,
        {
          categoryId: "MILLER",
          categoryName: "铣工",
          capacity: "30",
          entrantType: "INDIVIDUAL",
          membersMin: "1",
          membersMax: "1",
          trades: "铣工",
          gender: "",
          original: null,
        },
      ],
    };
    const saved = formToConfiguration(more, stored);
    expect(saved.categories[4]).toEqual({
      categoryId: "MILLER",
      categoryName: "铣工",
      capacity: 30,
      entrant: { type: "INDIVIDUAL", members: { min: 1, max: 1 } },
      eligibility: { trades: ["铣工"] },
      badmintonEvent: null,
    });
    expect(problemsOf(more, stored)).toEqual([]);
  });

  it("writes how entries arrive, and the domain refuses self-registration where units enter", () => {
    const stored = activityTemplate("LABOR_COMPETITION");
    const form = configurationToForm(stored);
    expect(form.entryChannels).toEqual(["UNIT_NOMINATION"]);
    const open: ConfigurationForm = { ...form, entryChannels: ["SELF_REGISTRATION", "UNIT_NOMINATION"] };
    expect(formToConfiguration(open, stored).entryChannels).toEqual(["SELF_REGISTRATION", "UNIT_NOMINATION"]);
    expect(problemsOf(open, stored)).toEqual([
      {
        field: "entryChannels",
        code: "ENTRY_CHANNEL_UNIT_ENTRANT",
        message: "组别“班组”由单位参加，只能由单位报名推荐，不能“职工自主报名”",
      },
    ]);
    expect(problemsOf({ ...form, entryChannels: [] }, stored).map((problem) => problem.message)).toEqual([
      "请至少选择一种报名方式",
    ]);
  });

  it("writes the activity's eligibility rules and removes those cleared", () => {
    const stored = activityTemplate("MOST_BEAUTIFUL_WORKER");
    const form = configurationToForm(stored);
    expect(form.eligibility).toMatchObject({
      positionRule: "EXCEPT",
      positionCategories: ["ENTERPRISE_HEAD"],
      entriesPerWorker: "ONE_PER_ACTIVITY",
    });
    const aged = {
      ...form,
      eligibility: { ...form.eligibility, ageMin: "18", ageMax: "45", minimumSkillGrade: "GRADE_3" as const },
    };
    expect(formToConfiguration(aged, stored).eligibility).toEqual({
      ageRange: { min: 18, max: 45 },
      minimumSkillGrade: "GRADE_3",
      excludedPositionCategories: ["ENTERPRISE_HEAD"],
      excludedHonours: [{ code: "JZ_MOST_BEAUTIFUL_WORKER", name: "最美劳动者" }],
      entriesPerWorker: "ONE_PER_ACTIVITY",
    });
    const open = {
      ...form,
      eligibility: { ...form.eligibility, positionRule: "ANY" as const, entriesPerWorker: "" as const },
    };
    expect(formToConfiguration(open, stored).eligibility).toEqual({
      excludedHonours: [{ code: "JZ_MOST_BEAUTIFUL_WORKER", name: "最美劳动者" }],
    });
    const backwards = { ...form, eligibility: { ...form.eligibility, ageMin: "50", ageMax: "40" } };
    expect(problemsOf(backwards, stored).map((problem) => problem.field)).toEqual(["eligibility.ageRange.max"]);
  });

  it("orders the tie-breaks as listed, and the domain refuses one after a shared place", () => {
    const stored = activityTemplate("SKILLS_CONTEST");
    const form = configurationToForm(stored);
    // Higher theory result first, then practical, then a shared place.
    const theoryFirst = { ...form, tieBreaks: moveItem(form.tieBreaks, 1, 0) };
    expect(formToConfiguration(theoryFirst, stored).tieBreaks).toEqual([
      { kind: "HIGHER_ROUND_RESULT", roundKey: "theory" },
      { kind: "HIGHER_ROUND_RESULT", roundKey: "practical" },
      { kind: "SHARED_PLACE" },
    ]);
    expect(problemsOf(theoryFirst, stored)).toEqual([]);
    const sharedFirst = { ...form, tieBreaks: moveItem(form.tieBreaks, 2, 0) };
    expect(problemsOf(sharedFirst, stored).map((problem) => problem.message)).toEqual([
      "第 2 项并列比较排在“并列名次”之后，不会生效",
      "第 3 项并列比较排在“并列名次”之后，不会生效",
    ]);
  });

  it("writes award tiers by count or share, 状元 and the provincial recommendation", () => {
    const stored = activityTemplate("SKILLS_CONTEST");
    const form = configurationToForm(stored);
    expect(form.awards).toMatchObject({ championTitle: true, provincialQuota: "3" });
    const byCount = {
      ...form,
      awards: {
        ...form.awards,
        tiers: replaceItem(form.awards.tiers, 0, { by: "COUNT" as const, count: "2" }),
        provincialQuota: "",
      },
    };
    const saved = formToConfiguration(byCount, stored);
    expect(saved.awards.tiers[0]).toEqual({ key: "FIRST", name: "一等奖", size: { by: "COUNT", count: 2 } });
    expect(saved.awards.tiers[1]).toEqual({ key: "SECOND", name: "二等奖", size: { by: "SHARE", percent: "20" } });
    expect(saved.provincialRecommendation).toBeNull();
    const tooMuch = {
      ...form,
      awards: { ...form.awards, tiers: replaceItem(form.awards.tiers, 2, { percent: "80" }) },
    };
    // 10 + 20 + 80 = 110
    expect(problemsOf(tooMuch, stored).map((problem) => problem.message)).toEqual([
      "各奖项比例之和为 110%，不能超过 100%",
    ]);
  });

  it("writes the notice period and the voting limits, and checks the shares", () => {
    const stored = activityTemplate("MOST_BEAUTIFUL_WORKER");
    const form = configurationToForm(stored);
    if (!form.voting) throw new Error("voting rules missing");
    const changed = {
      ...form,
      publicNotice: { ...form.publicNotice, workingDays: "7" },
      voting: { ...form.voting, maxCandidatesPerBallot: "5" },
    };
    const saved = formToConfiguration(changed, stored);
    expect(saved.publicNotice).toEqual({ workingDays: 7, lateObjections: "ACCEPT_FLAGGED" });
    expect(saved.voting).toMatchObject({ maxCandidatesPerBallot: 5, juryShare: "70", publicShare: "30" });
    const lopsided = { ...form, voting: { ...form.voting, publicShare: "40" } };
    const messages = problemsOf(lopsided, stored).map((problem) => problem.message);
    expect(messages).toContain("评委评分与公众投票所占比例之和应为 100%，现为 110%");
    const longNotice = { ...form, publicNotice: { ...form.publicNotice, workingDays: "31" } };
    expect(problemsOf(longNotice, stored)).toEqual([
      { field: "publicNotice.workingDays", code: "NOTICE_WORKING_DAYS_INVALID", message: "公示期应为 1–30 个工作日" },
    ]);
  });
});

describe("small helpers", () => {
  it("reads numbers as typed", () => {
    expect(numberOrNull("")).toBeNull();
    expect(numberOrNull(" 40 ")).toBe(40);
    expect(numberOrNull("四十")).toBeNaN();
  });

  it("splits a line of words on 、 commas and spaces", () => {
    expect(wordList("车工、钳工, 焊工，维修电工  ")).toEqual(["车工", "钳工", "焊工", "维修电工"]);
    expect(wordList("  ")).toEqual([]);
  });

  it("adds criteria maxima exactly", () => {
    expect(criteriaTotal([{ max: "50" }, { max: "20" }, { max: "15" }, { max: "10" }, { max: "5" }])).toBe("100");
    expect(criteriaTotal([{ max: "0.1" }, { max: "0.2" }])).toBe("0.3");
    expect(criteriaTotal([{ max: "50" }, { max: "" }])).toBeNull();
  });

  it("moves an item up or down and leaves the list alone for a move off its ends", () => {
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
  });

  it("makes a key not yet taken", () => {
    expect(freshKey("round", ["theory", "practical"])).toBe("round3");
    expect(freshKey("C", ["C2", "C3"])).toBe("C4");
    expect(freshKey("C", ["C3", "C4"])).toBe("C5");
  });
});
