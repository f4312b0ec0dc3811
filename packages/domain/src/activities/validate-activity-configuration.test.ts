import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FieldError } from "../errors.ts";
import type { AwardTrack } from "../results/index.ts";
import type { ActivityConfiguration, ActivityRound } from "./activity-configuration.ts";
import { activityKinds } from "./activity-kind.ts";
import { activityTemplate } from "./activity-templates.ts";
import { validateActivityConfiguration } from "./validate-activity-configuration.ts";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function pathsAndCodes(errors: readonly FieldError[]): [string, string][] {
  return errors.map((error) => [error.field, error.code]);
}

function skillsContest(): Mutable<ActivityConfiguration> {
  return activityTemplate("SKILLS_CONTEST");
}

function withRound(
  configuration: ActivityConfiguration,
  index: number,
  change: Partial<ActivityRound>,
): ActivityRound[] {
  return configuration.rounds.map((round, i) => (i === index ? { ...round, ...change } : round));
}

describe("a skills contest refused for several problems at once (worked example)", () => {
  it("reports weights 30 + 60, a practical sheet worth 90, and a county track without its county", () => {
    const configuration = skillsContest();
    const practical = configuration.rounds[1] as ActivityRound;
    configuration.rounds = [
      { ...(configuration.rounds[0] as ActivityRound), weight: "30" },
      {
        ...practical,
        weight: "60",
        criteriaScoring: {
          aggregation: { method: "TRIMMED_MEAN" },
          // 50 + 20 + 10 + 10 = 90, but the round still says its maximum is 100.
          criteria: [
            { key: "quality", name: "工件精度与质量", max: "50" },
            { key: "procedure", name: "操作规范", max: "20" },
            { key: "safety", name: "安全文明生产", max: "10" },
            { key: "time", name: "完成时间", max: "10" },
          ],
        },
      },
    ];
    configuration.awardTracks = [
      ...configuration.awardTracks,
      { level: "COUNTY", key: "COUNTY-HSX", name: "县(市)区级（黑山县）", countyCode: "HSX", countyPath: "" },
    ];
    expect(validateActivityConfiguration(configuration)).toEqual([
      // 30 + 60 = 90 ≠ 100.
      { field: "rounds", code: "ROUND_WEIGHTS_NOT_100", message: "各轮次权重之和应为 100%，现为 90%" },
      {
        field: "rounds[1].maxResult",
        code: "ROUND_MAX_RESULT_MISMATCH",
        message: "轮次“实操”的满分应为各评分标准满分之和 90，现为 100",
      },
      {
        field: "awardTracks[1].countyPath",
        code: "COUNTY_TRACK_PATH_REQUIRED",
        message:
          "县(市)区级奖项层级“县(市)区级（黑山县）”缺少所属县(市)区在组织树中的位置，无法判断哪些参赛者属于该县(市)区",
      },
    ]);
  });
});

describe("rounds and what their kind needs", () => {
  it("a criteria round needs a scoring rule (or judgement marks), not both, and a panel size", () => {
    const configuration = skillsContest();
    configuration.rounds = withRound(configuration, 1, { criteriaScoring: null, judgesPerEntry: null });
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["rounds[1].criteriaScoring", "ROUND_SCORING_RULE_REQUIRED"],
    ]);
    const both = skillsContest();
    both.rounds = withRound(both, 1, {
      judgesPerEntry: null,
      judgementMarks: { aspects: [{ key: "finish", name: "表面处理" }] },
    });
    expect(pathsAndCodes(validateActivityConfiguration(both))).toEqual([
      ["rounds[1].criteriaScoring", "ROUND_SCORING_RULE_AMBIGUOUS"],
      ["rounds[1].judgesPerEntry", "JUDGES_PER_ENTRY_REQUIRED"],
      // 1 aspect × 3 = 3 ≠ 100.
      ["rounds[1].maxResult", "ROUND_MAX_RESULT_MISMATCH"],
    ]);
  });

  it("passes the panel size to judging: 2 judges cannot drop a highest and a lowest", () => {
    const configuration = activityTemplate("PERFORMANCE_CONTEST");
    configuration.rounds = withRound(configuration, 0, {
      judgesPerEntry: 2,
      criteriaScoring: {
        criteria: configuration.rounds[0]?.criteriaScoring?.criteria ?? [],
        aggregation: { method: "TRIMMED_MEAN", trim: 1 },
      },
    });
    expect(validateActivityConfiguration(configuration)).toEqual([
      {
        field: "rounds[0].criteriaScoring",
        code: "TRIM_TOO_LARGE",
        message: "只有 2 名评委的分数，去掉最高分和最低分各 1 个后没有剩余分数",
      },
    ]);
  });

  it("judgement marks: the maximum is 3 per aspect, the panel is the rule's", () => {
    const configuration = skillsContest();
    configuration.rounds = withRound(configuration, 1, {
      criteriaScoring: null,
      judgesPerEntry: 3,
      // 4 aspects × 3 = 12.
      maxResult: "12",
      judgementMarks: {
        aspects: [
          { key: "a", name: "尺寸精度" },
          { key: "b", name: "表面质量" },
          { key: "c", name: "装配" },
          { key: "d", name: "" },
        ],
      },
    });
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["rounds[1].judgementMarks", "ASPECT_NAME_EMPTY"],
      ["rounds[1].judgesPerEntry", "ROUND_PART_NOT_USED"],
    ]);
  });

  it("a committee vote's maximum is the number of committee members", () => {
    const configuration = activityTemplate("MODEL_WORKER_SELECTION");
    configuration.rounds = withRound(configuration, 0, { maxResult: "100" });
    expect(validateActivityConfiguration(configuration)).toEqual([
      {
        field: "rounds[0].maxResult",
        code: "ROUND_MAX_RESULT_MISMATCH",
        message: "轮次“评审委员会表决”的满分应为评审委员人数 15，现为 100",
      },
    ]);
    configuration.rounds = withRound(configuration, 0, {
      judgesPerEntry: null,
      criteriaScoring: { criteria: [], aggregation: { method: "MEAN" } },
    });
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["rounds[0].criteriaScoring", "ROUND_PART_NOT_USED"],
      ["rounds[0].judgesPerEntry", "COMMITTEE_SIZE_REQUIRED"],
    ]);
  });

  it("an exam has no scoring sheet, a public vote is out of 100", () => {
    const configuration = skillsContest();
    configuration.rounds = withRound(configuration, 0, { judgesPerEntry: 5 });
    expect(validateActivityConfiguration(configuration)).toEqual([
      {
        field: "rounds[0].judgesPerEntry",
        code: "ROUND_PART_NOT_USED",
        message: "轮次“理论”是“考试成绩”，不设评委人数",
      },
    ]);
    const vote = activityTemplate("MOST_BEAUTIFUL_WORKER");
    vote.rounds = withRound(vote, 1, { maxResult: "50", judgementMarks: { aspects: [] } });
    expect(pathsAndCodes(validateActivityConfiguration(vote))).toEqual([
      ["rounds[1].maxResult", "ROUND_MAX_RESULT_MISMATCH"],
      ["rounds[1].judgementMarks", "ROUND_PART_NOT_USED"],
    ]);
  });

  it("a round name that is blank is named by its key", () => {
    const configuration = skillsContest();
    configuration.rounds = withRound(configuration, 0, { name: " ", judgesPerEntry: 3 });
    expect(validateActivityConfiguration(configuration).map((error) => error.message)).toContain(
      "轮次“theory”是“考试成绩”，不设评委人数",
    );
  });
});

describe("voting rules exactly when a round is a public vote", () => {
  it("refuses voting rules without a public vote, and a public vote without rules", () => {
    const choir = activityTemplate("PERFORMANCE_CONTEST");
    choir.voting = activityTemplate("MOST_BEAUTIFUL_WORKER").voting;
    expect(pathsAndCodes(validateActivityConfiguration(choir))).toEqual([
      ["voting", "VOTING_RULES_WITHOUT_PUBLIC_VOTE"],
    ]);
    const vote = activityTemplate("MOST_BEAUTIFUL_WORKER");
    vote.voting = null;
    expect(pathsAndCodes(validateActivityConfiguration(vote))).toEqual([["voting", "VOTING_RULES_REQUIRED"]]);
  });

  it("the public vote round's weight is the public share of the vote", () => {
    const vote = activityTemplate("MOST_BEAUTIFUL_WORKER");
    // 60 + 40 = 100, so the rounds are fine on their own; but the rules say 30% public.
    vote.rounds = vote.rounds.map((round) => ({ ...round, weight: round.kind === "PUBLIC_VOTE" ? "40" : "60" }));
    expect(validateActivityConfiguration(vote)).toEqual([
      {
        field: "rounds[1].weight",
        code: "PUBLIC_VOTE_WEIGHT_MISMATCH",
        message: "公众投票轮次“网络投票”的权重（40%）应与投票规则中公众投票所占比例（30%）一致",
      },
    ]);
  });

  it("reports the voting block's own problems under voting", () => {
    const vote = activityTemplate("MOST_BEAUTIFUL_WORKER");
    vote.voting = { ...(vote.voting as NonNullable<typeof vote.voting>), ballotsPerVoterPerDay: 0, juryShare: "80" };
    expect(pathsAndCodes(validateActivityConfiguration(vote))).toEqual([
      ["voting.ballotsPerVoterPerDay", "VOTING_LIMIT_INVALID"],
      ["voting.publicShare", "VOTING_SHARES_NOT_100"],
    ]);
  });

  it("one public vote and one bracket at most", () => {
    const vote = activityTemplate("MOST_BEAUTIFUL_WORKER");
    const publicRound = vote.rounds[1] as ActivityRound;
    vote.rounds = [
      { ...(vote.rounds[0] as ActivityRound), weight: "40" },
      publicRound,
      { ...publicRound, key: "public2", name: "第二轮投票" },
    ];
    expect(pathsAndCodes(validateActivityConfiguration(vote))).toEqual([["rounds", "ROUND_KIND_REPEATED"]]);
  });
});

describe("tournaments", () => {
  it("a format exactly when a round is matches, and matches alone", () => {
    const badminton = activityTemplate("TOURNAMENT");
    badminton.tournament = null;
    expect(pathsAndCodes(validateActivityConfiguration(badminton))).toEqual([
      ["tournament", "TOURNAMENT_FORMAT_REQUIRED"],
    ]);

    const choir = activityTemplate("PERFORMANCE_CONTEST");
    choir.tournament = activityTemplate("TOURNAMENT").tournament;
    expect(pathsAndCodes(validateActivityConfiguration(choir))).toEqual([
      ["tournament", "TOURNAMENT_FORMAT_WITHOUT_MATCHES"],
    ]);

    const mixed = activityTemplate("TOURNAMENT");
    mixed.rounds = [
      { ...(mixed.rounds[0] as ActivityRound), weight: "50" },
      {
        key: "theory",
        name: "规则笔试",
        kind: "EXAM",
        weight: "50",
        maxResult: "100",
        criteriaScoring: null,
        judgementMarks: null,
        judgesPerEntry: null,
      },
    ];
    expect(pathsAndCodes(validateActivityConfiguration(mixed))).toEqual([["rounds", "MATCHES_WITH_OTHER_ROUNDS"]]);
  });

  it("reports the format's own problems under tournament", () => {
    const badminton = activityTemplate("TOURNAMENT");
    badminton.tournament = { ...(badminton.tournament as NonNullable<typeof badminton.tournament>), bestOfGames: 4 };
    expect(validateActivityConfiguration(badminton)).toEqual([
      {
        field: "tournament.bestOfGames",
        code: "TOURNAMENT_FORMAT_EVEN_GAMES",
        message: "每场局数应为奇数（如 3 局 2 胜），4 局可能打成平局",
      },
    ]);
  });

  it("a badminton event needs matches and entrants that fit it", () => {
    const badminton = activityTemplate("TOURNAMENT");
    badminton.categories = badminton.categories.map((category) =>
      category.badmintonEvent === "MIXED_DOUBLES"
        ? { ...category, entrant: { type: "INDIVIDUAL", members: { min: 1, max: 1 } } }
        : category.badmintonEvent === "MENS_SINGLES"
          ? { ...category, entrant: { type: "TEAM", members: { min: 2, max: 2 } } }
          : category,
    );
    expect(validateActivityConfiguration(badminton)).toEqual([
      { field: "categories[0].entrant", code: "BADMINTON_EVENT_ENTRANT", message: "男单的参赛对象应为个人" },
      { field: "categories[4].entrant", code: "BADMINTON_EVENT_ENTRANT", message: "混双的参赛对象应为 2 人组合" },
    ]);
    const choir = activityTemplate("PERFORMANCE_CONTEST");
    choir.categories = [{ ...(choir.categories[0] as (typeof choir.categories)[0]), badmintonEvent: "MIXED_DOUBLES" }];
    expect(pathsAndCodes(validateActivityConfiguration(choir))).toEqual([
      ["categories[0].badmintonEvent", "BADMINTON_EVENT_WITHOUT_MATCHES"],
      ["categories[0].entrant", "BADMINTON_EVENT_ENTRANT"],
    ]);
  });
});

describe("award tracks, awards and the provincial contest", () => {
  const county = (change: Partial<Extract<AwardTrack, { level: "COUNTY" }>>): AwardTrack => ({
    level: "COUNTY",
    key: "COUNTY-GTQ",
    name: "县(市)区级（古塔区）",
    countyCode: "GTQ",
    countyPath: "/00000001/00000002/",
    ...change,
  });

  it("a county-level track requires the county's code and place in the tree", () => {
    const configuration = skillsContest();
    configuration.awardTracks = [
      ...configuration.awardTracks,
      county({ countyCode: " " }),
      county({}),
      county({ key: "COUNTY-X", countyCode: "X", countyPath: "/1/" }),
    ];
    expect(validateActivityConfiguration(configuration)).toEqual([
      {
        field: "awardTracks[1].countyCode",
        code: "COUNTY_TRACK_COUNTY_REQUIRED",
        message: "县(市)区级奖项层级“县(市)区级（古塔区）”须指定所属县(市)区总工会",
      },
      { field: "awardTracks[2].key", code: "AWARD_TRACK_KEY_DUPLICATE", message: "奖项层级代码“COUNTY-GTQ”重复" },
      // The first county track had a blank code, so GTQ is seen here for the first time.
      {
        field: "awardTracks[3].countyPath",
        code: "COUNTY_TRACK_PATH_REQUIRED",
        message:
          "县(市)区级奖项层级“县(市)区级（古塔区）”缺少所属县(市)区在组织树中的位置，无法判断哪些参赛者属于该县(市)区",
      },
    ]);
  });

  it("the same county twice, two city tracks, a blank key", () => {
    const configuration = skillsContest();
    configuration.awardTracks = [
      { level: "CITY", key: "CITY", name: "市级" },
      { level: "CITY", key: "", name: "市级" },
      county({}),
      county({ key: "COUNTY-GTQ-2" }),
    ];
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["awardTracks", "CITY_TRACK_REPEATED"],
      ["awardTracks[1].key", "AWARD_TRACK_KEY_REQUIRED"],
      ["awardTracks[3].countyCode", "COUNTY_TRACK_DUPLICATE"],
    ]);
  });

  it("no track at all; the provincial contest needs the city track and a quota", () => {
    const configuration = skillsContest();
    configuration.awardTracks = [];
    configuration.provincialRecommendation = { quota: 0 };
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["awardTracks", "AWARD_TRACKS_EMPTY"],
      ["provincialRecommendation.quota", "PROVINCIAL_QUOTA_INVALID"],
      ["provincialRecommendation", "PROVINCIAL_RECOMMENDATION_NEEDS_CITY_TRACK"],
    ]);
  });

  it("reports the award scheme's and the tie-breaks' own problems", () => {
    const configuration = skillsContest();
    configuration.awards = { ...configuration.awards, tiers: [], championTitle: false, excellenceAward: false };
    configuration.tieBreaks = [{ kind: "HIGHER_ROUND_RESULT", roundKey: "oral" }];
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["tieBreaks", "TIE_BREAK_UNKNOWN_ROUND"],
      ["awards", "AWARD_SCHEME_EMPTY"],
    ]);
  });
});

describe("entries", () => {
  it("entry channels: at least one, known, each once", () => {
    const configuration = skillsContest();
    configuration.entryChannels = [];
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["entryChannels", "ENTRY_CHANNELS_EMPTY"],
    ]);
    configuration.entryChannels = ["SELF_REGISTRATION", "SELF_REGISTRATION", "BY_FAX" as never];
    expect(validateActivityConfiguration(configuration)).toEqual([
      { field: "entryChannels[1]", code: "ENTRY_CHANNEL_DUPLICATE", message: "报名方式“职工自主报名”重复" },
      { field: "entryChannels[2]", code: "ENTRY_CHANNEL_UNKNOWN", message: "报名方式无法识别" },
    ]);
  });

  it("units enter only through their unions; the public recommends only people", () => {
    const labor = activityTemplate("LABOR_COMPETITION");
    labor.entryChannels = ["UNIT_NOMINATION", "SELF_REGISTRATION", "PUBLIC_RECOMMENDATION"];
    expect(validateActivityConfiguration(labor)).toEqual([
      {
        field: "entryChannels",
        code: "ENTRY_CHANNEL_UNIT_ENTRANT",
        message: "组别“班组”由单位参加，只能由单位报名推荐，不能“职工自主报名”",
      },
      {
        field: "entryChannels",
        code: "ENTRY_CHANNEL_UNIT_ENTRANT",
        message: "组别“班组”由单位参加，只能由单位报名推荐，不能“公众推荐”",
      },
    ]);
    const choir = activityTemplate("PERFORMANCE_CONTEST");
    choir.entryChannels = ["UNIT_NOMINATION", "PUBLIC_RECOMMENDATION"];
    expect(validateActivityConfiguration(choir)).toEqual([
      {
        field: "entryChannels",
        code: "PUBLIC_RECOMMENDATION_NOT_INDIVIDUAL",
        message: "公众推荐只适用于个人候选人，组别“合唱”不是个人参赛",
      },
    ]);
  });

  it("categories: at least one, capacities checked by places, entrants that make sense", () => {
    const empty = skillsContest();
    empty.categories = [];
    expect(pathsAndCodes(validateActivityConfiguration(empty))).toEqual([["categories", "CATEGORIES_EMPTY"]]);

    const configuration = skillsContest();
    const [lathe, fitter, electrician, welder] = configuration.categories as Mutable<
      (typeof configuration.categories)[0]
    >[];
    configuration.categories = [
      { ...(lathe as NonNullable<typeof lathe>), capacity: 0 },
      { ...(fitter as NonNullable<typeof fitter>), entrant: { type: "INDIVIDUAL", members: { min: 1, max: 2 } } },
      { ...(electrician as NonNullable<typeof electrician>), entrant: { type: "TEAM", members: { min: 1, max: 0 } } },
      { ...(welder as NonNullable<typeof welder>), entrant: { type: "UNIT", members: { min: 1, max: 1 } } },
      { ...(welder as NonNullable<typeof welder>), categoryId: "X", entrant: { type: "PROJECT", members: null } },
      {
        ...(welder as NonNullable<typeof welder>),
        categoryId: "Y",
        entrant: { type: "ROBOT" as never, members: null },
      },
    ];
    configuration.entryChannels = ["UNIT_NOMINATION"];
    expect(validateActivityConfiguration(configuration)).toEqual([
      {
        field: "categories[0].capacity",
        code: "CATEGORY_CAPACITY_RANGE",
        message: "组别“车工”的名额应为 1–100000 的整数；不限名额请留空",
      },
      {
        field: "categories[1].entrant.members",
        code: "ENTRANT_INDIVIDUAL_MEMBERS",
        message: "个人参赛每个参赛选手只能是 1 人",
      },
      {
        field: "categories[2].entrant.members.min",
        code: "ENTRANT_MEMBERS_MIN",
        message: "每个参赛队伍至少 2 人，最少人数应为不小于 2 的整数",
      },
      {
        field: "categories[2].entrant.members.max",
        code: "ENTRANT_MEMBERS_MAX",
        message: "每个参赛队伍的最多人数应为不小于最少人数的整数；不限人数请留空",
      },
      {
        field: "categories[3].entrant.members",
        code: "ENTRANT_MEMBERS_FOR_UNIT",
        message: "单位以单位名义参加，不设参加人数",
      },
      { field: "categories[4].entrant.members", code: "ENTRANT_MEMBERS_REQUIRED", message: "请设置每个申报项目的人数" },
      {
        field: "categories[5].entrant.type",
        code: "ENTRANT_TYPE_UNKNOWN",
        message: "请选择参赛对象：个人、队伍、单位或项目",
      },
    ]);
  });

  it("a project of 3–2 authors is out of order; 3–3 and 3–unlimited are fine", () => {
    const innovation = activityTemplate("INNOVATION_AWARD");
    const project = innovation.categories[0] as (typeof innovation.categories)[0];
    innovation.categories = [{ ...project, entrant: { type: "PROJECT", members: { min: 3, max: 2 } } }];
    expect(pathsAndCodes(validateActivityConfiguration(innovation))).toEqual([
      ["categories[0].entrant.members.max", "ENTRANT_MEMBERS_MAX"],
    ]);
    innovation.categories = [
      { ...project, entrant: { type: "PROJECT", members: { min: 3, max: 3 } } },
      { ...project, categoryId: "B", entrant: { type: "PROJECT", members: { min: 3, max: null } } },
    ];
    expect(validateActivityConfiguration(innovation)).toEqual([]);
  });
});

describe("eligibility, the activity's and each category's", () => {
  it("reports the eligibility block's problems at their paths", () => {
    const configuration = skillsContest();
    configuration.eligibility = {
      excludedPositionCategories: ["FRONT_LINE", "TECHNICAL", "MANAGER", "ENTERPRISE_HEAD"],
      ageRange: { min: 50, max: 40 },
    };
    configuration.categories = configuration.categories.map((category, index) =>
      index === 2 ? { ...category, eligibility: { trades: [] } } : category,
    );
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["categories[2].eligibility.trades", "TRADES_EMPTY"],
      ["eligibility.ageRange.max", "AGE_RANGE_INVERTED"],
      ["eligibility.excludedPositionCategories", "POSITION_CATEGORY_ALL_EXCLUDED"],
    ]);
  });

  it("an age range without a date counts from the registration deadline; a malformed date is still wrong", () => {
    const configuration = skillsContest();
    configuration.eligibility = { ageRange: { min: 18, max: 55 } };
    expect(validateActivityConfiguration(configuration)).toEqual([]);
    configuration.eligibility = {
      ageRange: { min: 18, max: 55 },
      referenceDate: { date: "2015-02-30", name: "报名截止日" },
    };
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["eligibility.referenceDate.date", "REFERENCE_DATE_INVALID"],
    ]);
  });
});

describe("nominations, attachments, certificates, notice, identity", () => {
  it("quotas and composition limits act on unit nominations", () => {
    const modelWorkers = activityTemplate("MODEL_WORKER_SELECTION");
    modelWorkers.entryChannels = ["SELF_REGISTRATION"];
    expect(pathsAndCodes(validateActivityConfiguration(modelWorkers))).toEqual([
      ["quota", "QUOTA_WITHOUT_NOMINATION"],
      ["compositionLimits", "COMPOSITION_LIMITS_WITHOUT_NOMINATION"],
    ]);
  });

  it("reports the quota's and the limits' own problems at their paths", () => {
    const modelWorkers = activityTemplate("MODEL_WORKER_SELECTION");
    modelWorkers.quota = { total: -1, weightBasis: "FRONTLINE_HEADCOUNT" };
    modelWorkers.compositionLimits = modelWorkers.compositionLimits.map((limit, index) =>
      index === 1 ? { ...limit, percent: "110" } : limit,
    );
    expect(pathsAndCodes(validateActivityConfiguration(modelWorkers))).toEqual([
      ["quota.total", "QUOTA_TOTAL_INVALID"],
      ["compositionLimits[1].percent", "LIMIT_PERCENT_RANGE"],
    ]);
  });

  it("attachments: counts in order, formats named, a sensible size", () => {
    const innovation = activityTemplate("INNOVATION_AWARD");
    innovation.attachments = { minCount: 3, maxCount: 2, acceptedExtensions: [".PDF"], maxMegabytesEach: 0 };
    expect(validateActivityConfiguration(innovation)).toEqual([
      {
        field: "attachments.maxCount",
        code: "ATTACHMENT_COUNT_ORDER",
        message: "附件最多份数（2）不能少于最少份数（3）",
      },
      {
        field: "attachments.acceptedExtensions[0]",
        code: "ATTACHMENT_TYPE_FORMAT",
        message: "附件格式“.PDF”应为小写字母或数字的扩展名，如 pdf",
      },
      {
        field: "attachments.maxMegabytesEach",
        code: "ATTACHMENT_SIZE",
        message: "每个附件的大小上限应为 1–1024 MB 之间的整数",
      },
    ]);
    innovation.attachments = { minCount: -1, maxCount: 0, acceptedExtensions: [], maxMegabytesEach: 2048 };
    expect(pathsAndCodes(validateActivityConfiguration(innovation))).toEqual([
      ["attachments.minCount", "ATTACHMENT_MIN_COUNT"],
      ["attachments.maxCount", "ATTACHMENT_MAX_COUNT"],
      ["attachments.acceptedExtensions", "ATTACHMENT_TYPES_EMPTY"],
      ["attachments.maxMegabytesEach", "ATTACHMENT_SIZE"],
    ]);
  });

  it("certificates need a number prefix and an issuer, unless none are issued", () => {
    const configuration = skillsContest();
    configuration.certificates = { awards: true, participation: false, numberPrefix: "jz-2015", issuerName: " " };
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["certificates.numberPrefix", "CERTIFICATE_PREFIX_FORMAT"],
      ["certificates.issuerName", "REQUIRED"],
    ]);
    configuration.certificates = { awards: false, participation: false, numberPrefix: "", issuerName: "" };
    expect(validateActivityConfiguration(configuration)).toEqual([]);
  });

  it("public notice, approval chain: the blocks' problems at their paths", () => {
    const configuration = skillsContest();
    configuration.publicNotice = { workingDays: 0, lateObjections: "ACCEPT_FLAGGED" };
    configuration.approvalChain = { levels: [] };
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["approvalChain", "APPROVAL_CHAIN_EMPTY"],
      ["publicNotice.workingDays", "NOTICE_WORKING_DAYS_INVALID"],
    ]);
  });

  it("name, kind and owner", () => {
    const configuration = skillsContest();
    configuration.name = "  ";
    configuration.kind = "PICNIC" as never;
    configuration.ownerDepartmentCode = "";
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toEqual([
      ["kind", "ACTIVITY_KIND_UNKNOWN"],
      ["name", "REQUIRED"],
      ["ownerDepartmentCode", "REQUIRED"],
    ]);
    configuration.name = "赛".repeat(101);
    expect(pathsAndCodes(validateActivityConfiguration(configuration))).toContainEqual(["name", "TOO_LONG"]);
  });
});

describe("properties", () => {
  it("a two-round skills contest is refused for its weights exactly when they do not add up to 100", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (theory, practical) => {
        const configuration = skillsContest();
        configuration.rounds = configuration.rounds.map((round, index) => ({
          ...round,
          weight: String(index === 0 ? theory : practical),
        }));
        const codes = validateActivityConfiguration(configuration).map((error) => error.code);
        expect(codes.includes("ROUND_WEIGHTS_NOT_100")).toBe(theory + practical !== 100);
        expect(codes.filter((code) => code !== "ROUND_WEIGHTS_NOT_100")).toEqual([]);
      }),
    );
  });

  it("every problem of a damaged template has a path into the configuration and a Chinese message", () => {
    const topLevel = new Set(Object.keys(activityTemplate("SKILLS_CONTEST")));
    fc.assert(
      fc.property(
        fc.constantFrom(...activityKinds),
        fc.record({
          weight: fc.constantFrom("30", "abc", "-5", "100"),
          maxResult: fc.constantFrom("100", "0", "90"),
          judges: fc.constantFrom(null, 0, 1, 7),
          noTracks: fc.boolean(),
          channels: fc.constantFrom([], ["PUBLIC_RECOMMENDATION"], ["UNIT_NOMINATION"]),
        }),
        (kind, damage) => {
          const configuration: Mutable<ActivityConfiguration> = activityTemplate(kind);
          configuration.rounds = withRound(configuration, 0, {
            weight: damage.weight,
            maxResult: damage.maxResult,
            judgesPerEntry: damage.judges,
          });
          if (damage.noTracks) configuration.awardTracks = [];
          configuration.entryChannels = damage.channels as ActivityConfiguration["entryChannels"];
          for (const error of validateActivityConfiguration(configuration)) {
            expect(topLevel.has(error.field.split(/[.[]/)[0] as string)).toBe(true);
            expect(error.message).toMatch(/[\u4e00-\u9fff]/);
            expect(error.code).toMatch(/^[A-Z0-9_]+$/);
          }
        },
      ),
    );
  });
});
