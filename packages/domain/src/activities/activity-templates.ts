import { fullApprovalChain, unitOnlyApprovalChain } from "../approvals/index.ts";
import { defaultSeriousAccidentYears, type EligibilityRules } from "../eligibility/index.ts";
import type { Gender } from "../id-number.ts";
import type { Criterion } from "../judging/index.ts";
import { choirCriteria } from "../judging/index.ts";
import { defaultPublicNoticeRule } from "../public-notice/index.ts";
import { modelWorkerCompositionLimits } from "../quotas/index.ts";
import {
  type AwardScheme,
  type AwardTrack,
  cityAwardTrack,
  countyAwardTrack,
  defaultProvincialRecommendationQuota,
  performanceContestDefaultAwardScheme,
  performanceContestDefaultTieBreaks,
  type RankingTieBreak,
  skillsContestDefaultAwardScheme,
  skillsContestDefaultRounds,
  skillsContestDefaultTieBreaks,
} from "../results/index.ts";
import {
  type BadmintonEvent,
  badmintonEventLabels,
  badmintonEvents,
  defaultTournamentFormat,
  isDoublesEvent,
} from "../tournaments/index.ts";
import { defaultVotingRules } from "../voting/index.ts";
import type {
  ActivityCategory,
  ActivityCertificateRule,
  ActivityConfiguration,
  ActivityEntrant,
  ActivityRound,
} from "./activity-configuration.ts";
import type { ActivityKind } from "./activity-kind.ts";

/**
 * Each kind's default configuration, from DOMAIN.md's activity table and rules. Numbers the domain
 * does not give (capacities, panel sizes, award counts, criteria other than the choir's) are
 * plausible starting points for the organizer to adjust; each is marked "template choice".
 */

/** A county federation, for a county-level award track (suggestion 6). */
export interface ActivityTemplateCounty {
  code: string;
  name: string;
  /** Its materialized path, e.g. "/00000001/00000002/". */
  path: string;
}

export interface ActivityTemplateOptions {
  /** Counties that get their own award track where the kind has county-level awards. */
  counties?: readonly ActivityTemplateCounty[];
}

/** The departments of the city federation that own activities (codes as in the demo data). */
export const activityOwnerDepartments = {
  productionProtection: { code: "SCBHB", name: "生产保护部" },
  culturePalace: { code: "WHG", name: "文化宫" },
  publicity: { code: "XJB", name: "宣教部" },
  organization: { code: "ZZB", name: "组织部" },
} as const;

const federationName = "锦州市总工会";

const individual: ActivityEntrant = { type: "INDIVIDUAL", members: { min: 1, max: 1 } };
const pair: ActivityEntrant = { type: "TEAM", members: { min: 2, max: 2 } };
/** Template choice: a team is two or more, with no upper bound until the organizer sets one. */
const team: ActivityEntrant = { type: "TEAM", members: { min: 2, max: null } };
const unit: ActivityEntrant = { type: "UNIT", members: null };
/** Template choice: a project has 1–10 named authors. */
const project: ActivityEntrant = { type: "PROJECT", members: { min: 1, max: 10 } };

function category(
  categoryId: string,
  categoryName: string,
  entrant: ActivityEntrant,
  capacity: number | null = null,
  eligibility: EligibilityRules = {},
): ActivityCategory {
  return { categoryId, categoryName, capacity, entrant, eligibility, badmintonEvent: null };
}

/** A trade (工种) of a skills contest: only workers registered with that trade enter it. */
function trade(categoryId: string, name: string): ActivityCategory {
  // Template choice: 40 places each (work stations).
  return category(categoryId, name, individual, 40, { trades: [name] });
}

const openEligibility: EligibilityRules = {};

/** The prefix names the kind; the organizer adds the year or edition ("JZ-2015-ZYB"). */
function certificates(numberPrefix: string, participation: boolean): ActivityCertificateRule {
  return { awards: true, participation, numberPrefix, issuerName: federationName };
}

function criteria(...lines: [key: string, name: string, max: string][]): Criterion[] {
  return lines.map(([key, name, max]) => ({ key, name, max }));
}

/** A criteria-scoring round out of 100; the judges' totals are aggregated by a trimmed mean unless told otherwise. */
function judgedRound(
  key: string,
  name: string,
  weight: string,
  roundCriteria: readonly Criterion[],
  judgesPerEntry: number,
  method: "MEAN" | "TRIMMED_MEAN" = "TRIMMED_MEAN",
): ActivityRound {
  return {
    key,
    name,
    kind: "CRITERIA_SCORING",
    weight,
    maxResult: "100",
    criteriaScoring: { criteria: roundCriteria, aggregation: { method } },
    judgementMarks: null,
    judgesPerEntry,
  };
}

function plainRound(
  round: Omit<ActivityRound, "criteriaScoring" | "judgementMarks" | "judgesPerEntry">,
): ActivityRound {
  return { ...round, criteriaScoring: null, judgementMarks: null, judgesPerEntry: null };
}

function awardTracksFor(options: ActivityTemplateOptions): AwardTrack[] {
  return [cityAwardTrack, ...(options.counties ?? []).map(countyAwardTrack)];
}

function titleAwards(key: string, name: string, count: number): AwardScheme {
  // A title given to a fixed number: a tie across the last place is separated by the organizer
  // rather than giving one title too many.
  return {
    tiers: [{ key, name, size: { by: "COUNT", count } }],
    championTitle: false,
    excellenceAward: false,
    sharedAwards: false,
  };
}

/** Singles and same-sex doubles are for men or for women; the badminton block checks each pair. */
const badmintonEventGender: Partial<Record<BadmintonEvent, Gender>> = {
  MENS_SINGLES: "MALE",
  WOMENS_SINGLES: "FEMALE",
  MENS_DOUBLES: "MALE",
  WOMENS_DOUBLES: "FEMALE",
};

const sharedPlaceOnly: RankingTieBreak[] = [{ kind: "SHARED_PLACE" }];

/** The blocks most kinds do without; a template names one only when the kind uses it. */
type OptionalBlock =
  | "quota"
  | "compositionLimits"
  | "attachments"
  | "organizationAward"
  | "provincialRecommendation"
  | "voting"
  | "tournament";

const optionalBlocksOff: Pick<ActivityConfiguration, OptionalBlock> = {
  quota: null,
  compositionLimits: [],
  attachments: null,
  organizationAward: false,
  provincialRecommendation: null,
  voting: null,
  tournament: null,
};

type TemplateBody = Omit<ActivityConfiguration, "kind" | "publicNotice" | OptionalBlock> &
  Partial<Pick<ActivityConfiguration, OptionalBlock>>;

const templates: Record<ActivityKind, (options: ActivityTemplateOptions) => TemplateBody> = {
  /** 2nd "状元杯": theory 30% + practical 70%, per trade, city and county tracks, top 3 to the province. */
  SKILLS_CONTEST: (options) => {
    const [theory, practical] = skillsContestDefaultRounds;
    if (theory === undefined || practical === undefined) throw new RangeError("skills contest rounds missing");
    return {
      name: "“状元杯”职工职业技能大赛",
      ownerDepartmentCode: activityOwnerDepartments.productionProtection.code,
      entryChannels: ["SELF_REGISTRATION", "UNIT_NOMINATION"],
      // Template choice: four common trades of Jinzhou's industry, 40 places each (work stations).
      categories: [
        trade("LATHE", "车工"),
        trade("FITTER", "钳工"),
        trade("ELECTRICIAN", "维修电工"),
        trade("WELDER", "焊工"),
      ],
      // Template choice: union members, one trade each.
      eligibility: { unionMembershipRequired: true, entriesPerWorker: "ONE_PER_ACTIVITY" },
      approvalChain: fullApprovalChain,
      rounds: [
        plainRound(theory),
        {
          ...judgedRound(
            practical.key,
            practical.name,
            practical.weight,
            // Template choice: the usual practical marking sheet, 100 in all.
            criteria(
              ["quality", "工件精度与质量", "60"],
              ["procedure", "操作规范", "20"],
              ["safety", "安全文明生产", "10"],
              ["time", "完成时间", "10"],
            ),
            5,
          ),
          maxResult: practical.maxResult,
        },
      ],
      tieBreaks: [...skillsContestDefaultTieBreaks],
      awardTracks: awardTracksFor(options),
      awards: skillsContestDefaultAwardScheme,
      provincialRecommendation: { quota: defaultProvincialRecommendationQuota },
      certificates: certificates("JZ-ZYB", true),
    };
  },

  /** Year-long, units and 班组 enrolled by their unions, evaluated on the six actions, 工人先锋号 titles. */
  LABOR_COMPETITION: (options) => ({
    name: "“当好主力军、建功‘十二五’、共筑中国梦”劳动竞赛",
    ownerDepartmentCode: activityOwnerDepartments.productionProtection.code,
    entryChannels: ["UNIT_NOMINATION"],
    categories: [category("TEAMS", "班组", unit)],
    eligibility: openEligibility,
    approvalChain: fullApprovalChain,
    rounds: [
      // The six actions of work point 40 as the indicators; template choice of their weights.
      judgedRound(
        "indicators",
        "指标考核",
        "100",
        criteria(
          ["merit", "岗位建功", "20"],
          ["innovation", "工作创新", "20"],
          ["skills", "技能提高", "15"],
          ["energy", "节能减排", "15"],
          ["safety", "安全生产", "20"],
          ["excellence", "班组创优", "10"],
        ),
        5,
        "MEAN",
      ),
    ],
    tieBreaks: sharedPlaceOnly,
    awardTracks: awardTracksFor(options),
    awards: titleAwards("PIONEER", "工人先锋号", 10),
    // Suggestion 7: certificates for internal competitions.
    certificates: certificates("JZ-LDJS", false),
  }),

  /** The choir contest: DOMAIN.md's criteria, drop the highest and lowest, 1/2/3 prizes. */
  PERFORMANCE_CONTEST: (options) => ({
    name: "职工合唱比赛",
    ownerDepartmentCode: activityOwnerDepartments.culturePalace.code,
    entryChannels: ["UNIT_NOMINATION"],
    categories: [category("CHOIR", "合唱", team)],
    eligibility: openEligibility,
    approvalChain: fullApprovalChain,
    // 7 judges (template choice): the default trim for n ≥ 5 drops 1 highest and 1 lowest.
    rounds: [judgedRound("performance", "现场演唱", "100", choirCriteria, 7)],
    tieBreaks: performanceContestDefaultTieBreaks("performance"),
    awardTracks: awardTracksFor(options),
    awards: performanceContestDefaultAwardScheme,
    certificates: certificates("JZ-WYBS", true),
  }),

  /** 全健排舞 show: every team takes part; 优胜奖 for the better half; 优秀组织奖 for units. */
  EXHIBITION: (options) => ({
    name: "职工“全健排舞”展演",
    ownerDepartmentCode: activityOwnerDepartments.culturePalace.code,
    entryChannels: ["UNIT_NOMINATION"],
    categories: [category("LINE_DANCE", "排舞", team)],
    eligibility: openEligibility,
    approvalChain: fullApprovalChain,
    rounds: [
      judgedRound(
        "show",
        "展演评分",
        "100",
        criteria(
          ["movement", "动作规范", "40"],
          ["unison", "整齐协调", "30"],
          ["spirit", "精神面貌", "20"],
          ["costume", "服装形象", "10"],
        ),
        5,
      ),
    ],
    tieBreaks: performanceContestDefaultTieBreaks("show"),
    awardTracks: awardTracksFor(options),
    awards: { tiers: [], championTitle: false, excellenceAward: true, sharedAwards: true },
    organizationAward: true,
    certificates: certificates("JZ-ZY", true),
  }),

  /** Badminton: five events, players or pairs, groups then knockout, 21-point games, best of three. */
  TOURNAMENT: (options) => ({
    name: "职工羽毛球比赛",
    ownerDepartmentCode: activityOwnerDepartments.culturePalace.code,
    entryChannels: ["SELF_REGISTRATION", "UNIT_NOMINATION"],
    // Template choice: 32 entries per event.
    categories: badmintonEvents.map((event) => {
      const gender = badmintonEventGender[event];
      const players = isDoublesEvent(event) ? pair : individual;
      return {
        ...category(event, badmintonEventLabels[event], players, 32, gender ? { gender } : {}),
        badmintonEvent: event,
      };
    }),
    // Template choice: union members; a player may enter several events (singles and doubles).
    eligibility: { unionMembershipRequired: true },
    // The unit confirms its own worker; the organizer does not review each player.
    approvalChain: unitOnlyApprovalChain,
    rounds: [plainRound({ key: "matches", name: "比赛", kind: "MATCHES", weight: "100", maxResult: "100" })],
    // Places come from the bracket; both losing semi-finalists share third.
    tieBreaks: sharedPlaceOnly,
    awardTracks: awardTracksFor(options),
    awards: {
      tiers: [
        { key: "CHAMPION", name: "冠军", size: { by: "COUNT", count: 1 } },
        { key: "RUNNER_UP", name: "亚军", size: { by: "COUNT", count: 1 } },
        { key: "THIRD", name: "季军", size: { by: "COUNT", count: 2 } },
      ],
      championTitle: false,
      excellenceAward: false,
      sharedAwards: true,
    },
    tournament: defaultTournamentFormat,
    certificates: certificates("JZ-YMQ", true),
  }),

  /** Nominated by units within quotas leaning to the front line, composition limits, committee review. */
  MODEL_WORKER_SELECTION: (options) => ({
    name: "锦州市劳动模范评选",
    ownerDepartmentCode: activityOwnerDepartments.productionProtection.code,
    entryChannels: ["UNIT_NOMINATION"],
    categories: [category("MODEL_WORKER", "劳动模范", individual)],
    // Not already a model worker; no serious safety accident at the unit in the past three years.
    eligibility: {
      excludedHonours: [{ code: "JZ_MODEL_WORKER", name: "锦州市劳动模范" }],
      seriousAccidentExclusion: { withinYears: defaultSeriousAccidentYears },
      entriesPerWorker: "ONE_PER_ACTIVITY",
    },
    approvalChain: fullApprovalChain,
    // Template choice: 100 places, split by front-line headcount (suggestion 12), at least 1 each.
    quota: { total: 100, weightBasis: "FRONTLINE_HEADCOUNT", minimumPerOrganization: 1 },
    compositionLimits: [...modelWorkerCompositionLimits],
    // Template choice: a committee of 15; a candidate's result is the votes in favour.
    rounds: [
      {
        ...plainRound({
          key: "committee",
          name: "评审委员会表决",
          kind: "COMMITTEE_VOTE",
          weight: "100",
          maxResult: "15",
        }),
        judgesPerEntry: 15,
      },
    ],
    tieBreaks: sharedPlaceOnly,
    awardTracks: awardTracksFor(options),
    awards: titleAwards("MODEL_WORKER", "锦州市劳动模范", 100),
    certificates: certificates("JZ-LM", false),
  }),

  /** Front-line workers nominated or recommended; experts 70% + public vote 30%; no enterprise heads. */
  MOST_BEAUTIFUL_WORKER: (options) => ({
    name: "“最美劳动者”寻找评选活动",
    ownerDepartmentCode: activityOwnerDepartments.publicity.code,
    entryChannels: ["UNIT_NOMINATION", "PUBLIC_RECOMMENDATION"],
    categories: [category("CANDIDATES", "最美劳动者", individual)],
    // Ordinary workers: no enterprise heads, and not an earlier edition's 最美劳动者.
    eligibility: {
      excludedPositionCategories: ["ENTERPRISE_HEAD"],
      excludedHonours: [{ code: "JZ_MOST_BEAUTIFUL_WORKER", name: "最美劳动者" }],
      entriesPerWorker: "ONE_PER_ACTIVITY",
    },
    // The organizer's step is the preliminary review (初评) before the vote.
    approvalChain: fullApprovalChain,
    rounds: [
      judgedRound(
        "jury",
        "专家评审",
        defaultVotingRules.juryShare,
        criteria(
          ["dedication", "爱岗敬业", "30"],
          ["contribution", "业绩贡献", "30"],
          ["virtue", "道德风尚", "20"],
          ["influence", "社会影响", "20"],
        ),
        7,
      ),
      plainRound({
        key: "public",
        name: "网络投票",
        kind: "PUBLIC_VOTE",
        weight: defaultVotingRules.publicShare,
        maxResult: "100",
      }),
    ],
    tieBreaks: [{ kind: "HIGHER_ROUND_RESULT", roundKey: "jury" }, { kind: "SHARED_PLACE" }],
    awardTracks: awardTracksFor(options),
    // Template choice: ten 最美劳动者.
    awards: titleAwards("MOST_BEAUTIFUL", "最美劳动者", 10),
    voting: defaultVotingRules,
    certificates: certificates("JZ-ZMLDZ", false),
  }),

  /** Projects declared with attachments, reviewed by experts on criteria, 1/2/3 prizes. */
  INNOVATION_AWARD: (options) => ({
    name: "创新工作奖",
    ownerDepartmentCode: activityOwnerDepartments.organization.code,
    entryChannels: ["SELF_REGISTRATION", "UNIT_NOMINATION"],
    categories: [category("PROJECTS", "创新项目", project)],
    eligibility: openEligibility,
    approvalChain: fullApprovalChain,
    // Template choice: at least the project report, up to 10 files of 20 MB.
    attachments: {
      minCount: 1,
      maxCount: 10,
      acceptedExtensions: ["pdf", "doc", "docx", "jpg", "png"],
      maxMegabytesEach: 20,
    },
    rounds: [
      judgedRound(
        "experts",
        "专家评审",
        "100",
        criteria(
          ["novelty", "创新性", "30"],
          ["practicality", "实用性", "25"],
          ["benefit", "经济社会效益", "25"],
          ["spread", "推广价值", "20"],
        ),
        5,
      ),
    ],
    tieBreaks: performanceContestDefaultTieBreaks("experts"),
    awardTracks: awardTracksFor(options),
    // Template choice: 3 first, 5 second, 10 third prizes.
    awards: {
      tiers: [
        { key: "FIRST", name: "一等奖", size: { by: "COUNT", count: 3 } },
        { key: "SECOND", name: "二等奖", size: { by: "COUNT", count: 5 } },
        { key: "THIRD", name: "三等奖", size: { by: "COUNT", count: 10 } },
      ],
      championTitle: false,
      excellenceAward: false,
      sharedAwards: true,
    },
    certificates: certificates("JZ-CXJ", false),
  }),
};

/**
 * A full default configuration of a kind, for an organizer to adjust. A fresh object each time:
 * changing one activity's configuration never changes another's or the template.
 */
export function activityTemplate(kind: ActivityKind, options: ActivityTemplateOptions = {}): ActivityConfiguration {
  const body = templates[kind](options);
  // The configuration is plain JSON (it is stored as such), so a JSON round trip is a deep copy.
  const configuration: ActivityConfiguration = {
    kind,
    ...optionalBlocksOff,
    ...body,
    publicNotice: defaultPublicNoticeRule,
  };
  return JSON.parse(JSON.stringify(configuration)) as ActivityConfiguration;
}
