import { describe, expect, it } from "vitest";
import { criteriaScoringMaximum, defaultTrim, scoreTrimFor } from "../judging/index.ts";
import { activityKindLabels, activityKinds } from "./activity-kind.ts";
import { activityOwnerDepartments, activityTemplate } from "./activity-templates.ts";
import { validateActivityConfiguration } from "./validate-activity-configuration.ts";

// Two of Jinzhou's nine county federations, as the tree stores them.
const counties = [
  { code: "GTQ", name: "古塔区", path: "/00000001/00000002/" },
  { code: "LHQ", name: "凌河区", path: "/00000001/00000003/" },
];

describe("every kind's template", () => {
  it.each(activityKinds.map((kind) => [activityKindLabels[kind], kind] as const))(
    "%s validates cleanly",
    (_label, kind) => {
      expect(validateActivityConfiguration(activityTemplate(kind))).toEqual([]);
      expect(validateActivityConfiguration(activityTemplate(kind, { counties }))).toEqual([]);
    },
  );

  it("is owned by the department DOMAIN.md names", () => {
    const owners = Object.fromEntries(activityKinds.map((kind) => [kind, activityTemplate(kind).ownerDepartmentCode]));
    expect(owners).toEqual({
      SKILLS_CONTEST: activityOwnerDepartments.productionProtection.code,
      LABOR_COMPETITION: "SCBHB",
      PERFORMANCE_CONTEST: activityOwnerDepartments.culturePalace.code,
      EXHIBITION: "WHG",
      TOURNAMENT: "WHG",
      MODEL_WORKER_SELECTION: "SCBHB",
      MOST_BEAUTIFUL_WORKER: activityOwnerDepartments.publicity.code,
      INNOVATION_AWARD: activityOwnerDepartments.organization.code,
    });
  });

  it("is a fresh copy each time: adjusting one never changes the next", () => {
    const first = activityTemplate("PERFORMANCE_CONTEST");
    // The configuration's lists are read-only to its users; the test writes through them on purpose.
    (first.rounds[0]?.criteriaScoring?.criteria as unknown as { max: string }[])[0] = { max: "60" };
    (first.awards.tiers as unknown as unknown[]).length = 0;
    const second = activityTemplate("PERFORMANCE_CONTEST");
    expect(second.rounds[0]?.criteriaScoring?.criteria[0]?.max).toBe("50");
    expect(second.awards.tiers).toHaveLength(3);
  });

  it("has a 5-working-day public notice", () => {
    for (const kind of activityKinds) expect(activityTemplate(kind).publicNotice.workingDays).toBe(5);
  });
});

describe("the skills contest template", () => {
  const skills = activityTemplate("SKILLS_CONTEST", { counties });

  it("weighs theory 30% and practical 70%, both out of 100", () => {
    expect(skills.rounds.map((round) => [round.key, round.kind, round.weight, round.maxResult])).toEqual([
      ["theory", "EXAM", "30", "100"],
      ["practical", "CRITERIA_SCORING", "70", "100"],
    ]);
    // 60 + 20 + 10 + 10 = 100, the practical round's maximum.
    const practical = skills.rounds[1]?.criteriaScoring;
    expect(practical && criteriaScoringMaximum(practical.criteria).toString()).toBe("100");
  });

  it("ranks per trade, breaks ties on practical then theory, shares the rest", () => {
    expect(skills.categories.map((category) => [category.categoryName, category.eligibility])).toEqual([
      ["车工", { trades: ["车工"] }],
      ["钳工", { trades: ["钳工"] }],
      ["维修电工", { trades: ["维修电工"] }],
      ["焊工", { trades: ["焊工"] }],
    ]);
    expect(skills.tieBreaks).toEqual([
      { kind: "HIGHER_ROUND_RESULT", roundKey: "practical" },
      { kind: "HIGHER_ROUND_RESULT", roundKey: "theory" },
      { kind: "SHARED_PLACE" },
    ]);
  });

  it("awards 10% / 20% / 30% with 状元, on a city track and one per county, and sends the top 3 to the province", () => {
    expect(skills.awards.tiers.map((tier) => [tier.name, tier.size])).toEqual([
      ["一等奖", { by: "SHARE", percent: "10" }],
      ["二等奖", { by: "SHARE", percent: "20" }],
      ["三等奖", { by: "SHARE", percent: "30" }],
    ]);
    expect(skills.awards.championTitle).toBe(true);
    expect(skills.awardTracks.map((track) => track.name)).toEqual([
      "市级",
      "县(市)区级（古塔区）",
      "县(市)区级（凌河区）",
    ]);
    expect(skills.provincialRecommendation).toEqual({ quota: 3 });
    expect(activityTemplate("SKILLS_CONTEST").awardTracks.map((track) => track.key)).toEqual(["CITY"]);
  });
});

describe("the other templates", () => {
  it("choir: DOMAIN.md's criteria, 7 judges, drop the highest and lowest", () => {
    const choir = activityTemplate("PERFORMANCE_CONTEST");
    const round = choir.rounds[0];
    // 50 + 20 + 15 + 10 + 5 = 100.
    expect(round?.criteriaScoring?.criteria.map((criterion) => criterion.max)).toEqual(["50", "20", "15", "10", "5"]);
    expect(round?.maxResult).toBe("100");
    expect(round?.judgesPerEntry).toBe(7);
    // Trimmed mean without its own k: k = 1 for n = 7 ≥ 5.
    expect(round?.criteriaScoring && scoreTrimFor(round.criteriaScoring.aggregation, 7)).toBe(defaultTrim(7));
    expect(defaultTrim(7)).toBe(1);
    expect(choir.tieBreaks).toEqual([
      { kind: "HIGHER_UNTRIMMED_MEAN", roundKey: "performance" },
      { kind: "SHARED_PLACE" },
    ]);
    expect(choir.awards.tiers.map((tier) => [tier.name, tier.size])).toEqual([
      ["一等奖", { by: "COUNT", count: 1 }],
      ["二等奖", { by: "COUNT", count: 2 }],
      ["三等奖", { by: "COUNT", count: 3 }],
    ]);
  });

  it("badminton: five events, players and pairs, 21-point games, best of three, groups then knockout", () => {
    const badminton = activityTemplate("TOURNAMENT");
    expect(badminton.categories.map((category) => [category.categoryName, category.entrant.members])).toEqual([
      ["男单", { min: 1, max: 1 }],
      ["女单", { min: 1, max: 1 }],
      ["男双", { min: 2, max: 2 }],
      ["女双", { min: 2, max: 2 }],
      ["混双", { min: 2, max: 2 }],
    ]);
    expect(badminton.categories.map((category) => category.eligibility.gender ?? null)).toEqual([
      "MALE",
      "FEMALE",
      "MALE",
      "FEMALE",
      null,
    ]);
    expect(badminton.tournament).toMatchObject({ pointsToWinGame: 21, gamePointCap: 30, bestOfGames: 3 });
    expect(badminton.rounds.map((round) => round.kind)).toEqual(["MATCHES"]);
  });

  it("model workers: nominated within quotas by front-line headcount, with composition limits", () => {
    const modelWorkers = activityTemplate("MODEL_WORKER_SELECTION");
    expect(modelWorkers.entryChannels).toEqual(["UNIT_NOMINATION"]);
    expect(modelWorkers.quota).toMatchObject({ weightBasis: "FRONTLINE_HEADCOUNT" });
    expect(modelWorkers.compositionLimits.map((limit) => [limit.bound, limit.percent])).toEqual([
      ["AT_LEAST", "60"],
      ["AT_MOST", "10"],
      ["AT_LEAST", "20"],
    ]);
    expect(modelWorkers.approvalChain.levels).toEqual(["UNIT", "COUNTY_OR_INDUSTRY", "ORGANIZER"]);
    // Not holding the honour already; no serious accident at the unit in the past three years.
    expect(modelWorkers.eligibility).toMatchObject({
      excludedHonours: [{ code: "JZ_MODEL_WORKER", name: "锦州市劳动模范" }],
      seriousAccidentExclusion: { withinYears: 3 },
    });
  });

  it("most beautiful worker: 70% jury + 30% public vote, nominated or recommended by the public", () => {
    const mostBeautiful = activityTemplate("MOST_BEAUTIFUL_WORKER");
    expect(mostBeautiful.rounds.map((round) => [round.kind, round.weight])).toEqual([
      ["CRITERIA_SCORING", "70"],
      ["PUBLIC_VOTE", "30"],
    ]);
    expect(mostBeautiful.voting).toMatchObject({ juryShare: "70", publicShare: "30", ballotsPerVoterPerDay: 1 });
    expect(mostBeautiful.entryChannels).toEqual(["UNIT_NOMINATION", "PUBLIC_RECOMMENDATION"]);
    expect(mostBeautiful.eligibility.excludedPositionCategories).toEqual(["ENTERPRISE_HEAD"]);
  });

  it("innovation award: projects declared with attachments, expert review", () => {
    const innovation = activityTemplate("INNOVATION_AWARD");
    expect(innovation.categories[0]?.entrant.type).toBe("PROJECT");
    expect(innovation.attachments?.minCount).toBe(1);
    expect(innovation.rounds[0]?.name).toBe("专家评审");
  });

  it("labor competition and exhibition: units and teams; titles, 优胜奖 and 优秀组织奖", () => {
    const labor = activityTemplate("LABOR_COMPETITION");
    expect(labor.categories[0]?.entrant).toEqual({ type: "UNIT", members: null });
    expect(labor.awards.tiers[0]?.name).toBe("工人先锋号");
    const show = activityTemplate("EXHIBITION");
    expect(show.awards).toMatchObject({ tiers: [], excellenceAward: true });
    expect(show.organizationAward).toBe(true);
  });
});
