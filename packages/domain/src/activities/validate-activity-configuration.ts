import { validateApprovalChain } from "../approvals/index.ts";
import { isCertificateActivityCode } from "../certificates/index.ts";
import { type EligibilityRules, validateEligibilityRules } from "../eligibility/index.ts";
import type { FieldError } from "../errors.ts";
import { Fraction } from "../exact/fraction.ts";
import {
  criteriaScoringMaximum,
  judgementMarkMaximum,
  parseScoreDecimal,
  scoreDecimalText,
  validateCriteriaScoringRule,
  validateJudgementMarksRule,
} from "../judging/index.ts";
import { validateCategoryCapacities } from "../places/index.ts";
import { validatePublicNoticeRule } from "../public-notice/index.ts";
import { validateCompositionLimits, validateQuotaRule } from "../quotas/index.ts";
import {
  roundKindLabels,
  validateAwardScheme,
  validateRankingTieBreaks,
  validateRoundDefinitions,
} from "../results/index.ts";
import { badmintonEventLabels, playersPerBadmintonEntry, validateTournamentFormat } from "../tournaments/index.ts";
import { validateVotingRules } from "../voting/index.ts";
import {
  type ActivityCategory,
  type ActivityConfiguration,
  type ActivityEntrant,
  type ActivityRound,
  activityEntrantTypeLabels,
  activityEntryChannelLabels,
} from "./activity-configuration.ts";
import { isActivityKind } from "./activity-kind.ts";
import { fieldErrorsAt, reasonsAt } from "./configuration-paths.ts";

/**
 * Every problem with an activity's configuration, each with the path of the part it is about
 * ("rounds[1].maxResult") and a Chinese message. The building blocks' own validators check each
 * part; what is checked here is how the parts fit together: a judged round's maximum is the sum
 * of its criteria maxima, voting rules exist exactly when a round is a public vote, a county-level
 * award track names its county, and so on. Empty when the configuration is valid.
 */
export function validateActivityConfiguration(configuration: ActivityConfiguration): FieldError[] {
  return [
    ...identityProblems(configuration),
    ...entryProblems(configuration),
    ...eligibilityProblems(configuration.eligibility, "eligibility"),
    ...fieldErrorsAt("approvalChain", validateApprovalChain(configuration.approvalChain), "approvalChain"),
    ...nominationProblems(configuration),
    ...attachmentProblems(configuration),
    ...roundProblems(configuration),
    ...reasonsAt("tieBreaks", validateRankingTieBreaks(configuration.tieBreaks, configuration.rounds)),
    ...awardTrackProblems(configuration),
    ...reasonsAt("awards", validateAwardScheme(configuration.awards)),
    ...provincialRecommendationProblems(configuration),
    ...validatedAt("publicNotice", validatePublicNoticeRule(configuration.publicNotice)),
    ...votingProblems(configuration),
    ...tournamentProblems(configuration),
    ...certificateProblems(configuration),
  ];
}

function validatedAt(prefix: string, outcome: { ok: true } | { ok: false; errors: FieldError[] }): FieldError[] {
  return outcome.ok ? [] : fieldErrorsAt(prefix, outcome.errors);
}

function problem(field: string, code: string, message: string): FieldError {
  return { field, code, message };
}

function isWholeNumber(value: unknown, minimum: number): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= minimum;
}

/**
 * The eligibility block's problems, except a missing reference date: the activity supplies its
 * registration deadline (activityEligibilityRules), which the lifecycle requires before registration opens.
 */
function eligibilityProblems(rules: EligibilityRules, path: string): FieldError[] {
  const errors = validateEligibilityRules(rules).filter((error) => error.code !== "REFERENCE_DATE_REQUIRED");
  return fieldErrorsAt(path, errors);
}

function identityProblems(configuration: ActivityConfiguration): FieldError[] {
  const problems: FieldError[] = [];
  if (!isActivityKind(configuration.kind)) {
    problems.push(problem("kind", "ACTIVITY_KIND_UNKNOWN", "请选择活动类型"));
  }
  const name = configuration.name.trim();
  if (name === "") problems.push(problem("name", "REQUIRED", "请填写活动名称"));
  else if (name.length > 100) problems.push(problem("name", "TOO_LONG", "活动名称不能超过 100 个字"));
  if (configuration.ownerDepartmentCode.trim() === "") {
    problems.push(problem("ownerDepartmentCode", "REQUIRED", "请选择承办部门"));
  }
  return problems;
}

function entryProblems(configuration: ActivityConfiguration): FieldError[] {
  const problems: FieldError[] = [];
  const channels = configuration.entryChannels;
  if (channels.length === 0) {
    problems.push(problem("entryChannels", "ENTRY_CHANNELS_EMPTY", "请至少选择一种报名方式"));
  }
  channels.forEach((channel, index) => {
    if (!Object.hasOwn(activityEntryChannelLabels, channel)) {
      problems.push(problem(`entryChannels[${index}]`, "ENTRY_CHANNEL_UNKNOWN", "报名方式无法识别"));
    } else if (channels.indexOf(channel) !== index) {
      problems.push(
        problem(
          `entryChannels[${index}]`,
          "ENTRY_CHANNEL_DUPLICATE",
          `报名方式“${activityEntryChannelLabels[channel]}”重复`,
        ),
      );
    }
  });

  const categories = configuration.categories;
  if (categories.length === 0) problems.push(problem("categories", "CATEGORIES_EMPTY", "请至少设置一个组别"));
  problems.push(...fieldErrorsAt("categories", validateCategoryCapacities(categories), "capacities"));
  const hasMatches = configuration.rounds.some((round) => round.kind === "MATCHES");
  categories.forEach((category, index) => {
    problems.push(...entrantProblems(category.entrant, `categories[${index}].entrant`));
    problems.push(...eligibilityProblems(category.eligibility, `categories[${index}].eligibility`));
    problems.push(...badmintonEventProblems(category, `categories[${index}]`, hasMatches));
  });

  // A unit enters as itself: it cannot register as a worker would, nor be recommended by the public.
  const unitCategories = categories.filter((category) => category.entrant.type === "UNIT");
  for (const channel of ["SELF_REGISTRATION", "PUBLIC_RECOMMENDATION"] as const) {
    if (unitCategories.length > 0 && channels.includes(channel)) {
      problems.push(
        problem(
          "entryChannels",
          "ENTRY_CHANNEL_UNIT_ENTRANT",
          `组别“${unitCategories.map((category) => category.categoryName).join("、")}”由单位参加，只能由单位报名推荐，不能“${activityEntryChannelLabels[channel]}”`,
        ),
      );
    }
  }
  // The public recommends people (候选人), not teams or projects.
  const notIndividual = categories.filter((category) => category.entrant.type !== "INDIVIDUAL");
  if (channels.includes("PUBLIC_RECOMMENDATION") && notIndividual.length > 0 && unitCategories.length === 0) {
    problems.push(
      problem(
        "entryChannels",
        "PUBLIC_RECOMMENDATION_NOT_INDIVIDUAL",
        `公众推荐只适用于个人候选人，组别“${notIndividual.map((category) => category.categoryName).join("、")}”不是个人参赛`,
      ),
    );
  }
  return problems;
}

function entrantProblems(entrant: ActivityEntrant, path: string): FieldError[] {
  if (!Object.hasOwn(activityEntrantTypeLabels, entrant.type)) {
    return [problem(`${path}.type`, "ENTRANT_TYPE_UNKNOWN", "请选择参赛对象：个人、队伍、单位或项目")];
  }
  const label = activityEntrantTypeLabels[entrant.type];
  const members = entrant.members;
  if (entrant.type === "UNIT") {
    return members === null
      ? []
      : [problem(`${path}.members`, "ENTRANT_MEMBERS_FOR_UNIT", "单位以单位名义参加，不设参加人数")];
  }
  if (members === null) {
    return [problem(`${path}.members`, "ENTRANT_MEMBERS_REQUIRED", `请设置每个${label}的人数`)];
  }
  if (entrant.type === "INDIVIDUAL") {
    return members.min === 1 && members.max === 1
      ? []
      : [problem(`${path}.members`, "ENTRANT_INDIVIDUAL_MEMBERS", "个人参赛每个参赛选手只能是 1 人")];
  }
  const problems: FieldError[] = [];
  const least = entrant.type === "TEAM" ? 2 : 1;
  if (!isWholeNumber(members.min, least)) {
    problems.push(
      problem(
        `${path}.members.min`,
        "ENTRANT_MEMBERS_MIN",
        `每个${label}至少 ${least} 人，最少人数应为不小于 ${least} 的整数`,
      ),
    );
  }
  if (
    members.max !== null &&
    !isWholeNumber(members.max, Math.max(least, isWholeNumber(members.min, least) ? members.min : least))
  ) {
    problems.push(
      problem(
        `${path}.members.max`,
        "ENTRANT_MEMBERS_MAX",
        `每个${label}的最多人数应为不小于最少人数的整数；不限人数请留空`,
      ),
    );
  }
  return problems;
}

function badmintonEventProblems(category: ActivityCategory, path: string, hasMatches: boolean): FieldError[] {
  const event = category.badmintonEvent;
  if (event === null) return [];
  const problems: FieldError[] = [];
  if (!hasMatches) {
    problems.push(
      problem(
        `${path}.badmintonEvent`,
        "BADMINTON_EVENT_WITHOUT_MATCHES",
        "只有设置了比赛对阵轮次的活动才能设置羽毛球比赛项目",
      ),
    );
  }
  const players = playersPerBadmintonEntry(event);
  const members = category.entrant.members;
  const fits =
    players === 1
      ? category.entrant.type === "INDIVIDUAL"
      : category.entrant.type === "TEAM" && members !== null && members.min === players && members.max === players;
  if (!fits) {
    problems.push(
      problem(
        `${path}.entrant`,
        "BADMINTON_EVENT_ENTRANT",
        `${badmintonEventLabels[event]}的参赛对象应为${players === 1 ? "个人" : ` ${players} 人组合`}`,
      ),
    );
  }
  return problems;
}

/** Quotas and composition limits act on nominations: without nomination by units there are none. */
function nominationProblems(configuration: ActivityConfiguration): FieldError[] {
  const problems: FieldError[] = [];
  const nominated = configuration.entryChannels.includes("UNIT_NOMINATION");
  if (configuration.quota !== null) {
    const quota = validateQuotaRule(configuration.quota);
    if (!quota.ok) problems.push(...fieldErrorsAt("quota", quota.errors));
    if (!nominated) {
      problems.push(
        problem("quota", "QUOTA_WITHOUT_NOMINATION", "名额分配在单位推荐时执行，请选择“单位报名推荐”或取消名额分配"),
      );
    }
  }
  const limits = validateCompositionLimits(configuration.compositionLimits);
  if (!limits.ok) problems.push(...fieldErrorsAt("compositionLimits", limits.errors, "limits"));
  if (configuration.compositionLimits.length > 0 && !nominated) {
    problems.push(
      problem(
        "compositionLimits",
        "COMPOSITION_LIMITS_WITHOUT_NOMINATION",
        "比例要求针对单位推荐的候选人名单，请选择“单位报名推荐”或取消比例要求",
      ),
    );
  }
  return problems;
}

function attachmentProblems(configuration: ActivityConfiguration): FieldError[] {
  const rule = configuration.attachments;
  if (rule === null) return [];
  const problems: FieldError[] = [];
  if (!isWholeNumber(rule.minCount, 0)) {
    problems.push(problem("attachments.minCount", "ATTACHMENT_MIN_COUNT", "附件最少份数应为不小于 0 的整数"));
  }
  if (!isWholeNumber(rule.maxCount, 1)) {
    problems.push(problem("attachments.maxCount", "ATTACHMENT_MAX_COUNT", "附件最多份数应为不小于 1 的整数"));
  } else if (isWholeNumber(rule.minCount, 0) && rule.maxCount < rule.minCount) {
    problems.push(
      problem(
        "attachments.maxCount",
        "ATTACHMENT_COUNT_ORDER",
        `附件最多份数（${rule.maxCount}）不能少于最少份数（${rule.minCount}）`,
      ),
    );
  }
  if (rule.acceptedExtensions.length === 0) {
    problems.push(problem("attachments.acceptedExtensions", "ATTACHMENT_TYPES_EMPTY", "请至少允许一种附件格式"));
  }
  rule.acceptedExtensions.forEach((extension, index) => {
    if (!/^[a-z0-9]{1,10}$/.test(extension)) {
      problems.push(
        problem(
          `attachments.acceptedExtensions[${index}]`,
          "ATTACHMENT_TYPE_FORMAT",
          `附件格式“${extension}”应为小写字母或数字的扩展名，如 pdf`,
        ),
      );
    }
  });
  if (!isWholeNumber(rule.maxMegabytesEach, 1) || rule.maxMegabytesEach > 1024) {
    problems.push(
      problem("attachments.maxMegabytesEach", "ATTACHMENT_SIZE", "每个附件的大小上限应为 1–1024 MB 之间的整数"),
    );
  }
  return problems;
}

function roundProblems(configuration: ActivityConfiguration): FieldError[] {
  const rounds = configuration.rounds;
  const problems: FieldError[] = [
    ...reasonsAt("rounds", validateRoundDefinitions(rounds)),
    ...rounds.flatMap((round, index) => roundPartProblems(round, `rounds[${index}]`)),
  ];
  for (const kind of ["PUBLIC_VOTE", "MATCHES"] as const) {
    if (rounds.filter((round) => round.kind === kind).length > 1) {
      problems.push(problem("rounds", "ROUND_KIND_REPEATED", `“${roundKindLabels[kind]}”轮次只能设置一个`));
    }
  }
  // A bracket gives places, not a score to weigh against other rounds.
  if (rounds.some((round) => round.kind === "MATCHES") && rounds.length > 1) {
    problems.push(problem("rounds", "MATCHES_WITH_OTHER_ROUNDS", "比赛对阵按对阵结果确定名次，不能与其他轮次加权合计"));
  }
  return problems;
}

/** What each kind of round needs from judging, and its maximum where the parts determine it. */
function roundPartProblems(round: ActivityRound, path: string): FieldError[] {
  const problems: FieldError[] = [];
  const title = `轮次“${round.name.trim() || round.key}”`;
  const unexpected = (field: "criteriaScoring" | "judgementMarks" | "judgesPerEntry", what: string) => {
    if (round[field] !== null) {
      problems.push(
        problem(`${path}.${field}`, "ROUND_PART_NOT_USED", `${title}是“${roundKindLabels[round.kind]}”，不设${what}`),
      );
    }
  };
  const maxResult = parseScoreDecimal(round.maxResult);
  const expectMaximum = (expected: Fraction, basis: string) => {
    if (maxResult !== null && !maxResult.equals(expected)) {
      problems.push(
        problem(
          `${path}.maxResult`,
          "ROUND_MAX_RESULT_MISMATCH",
          `${title}的满分应为${basis} ${scoreDecimalText(expected)}，现为 ${round.maxResult}`,
        ),
      );
    }
  };

  switch (round.kind) {
    case "CRITERIA_SCORING": {
      const { criteriaScoring, judgementMarks } = round;
      if ((criteriaScoring === null) === (judgementMarks === null)) {
        problems.push(
          problem(
            `${path}.criteriaScoring`,
            criteriaScoring === null ? "ROUND_SCORING_RULE_REQUIRED" : "ROUND_SCORING_RULE_AMBIGUOUS",
            criteriaScoring === null
              ? `${title}须设置评分标准（或评价分要点）`
              : `${title}只能使用评分标准或评价分要点中的一种`,
          ),
        );
      }
      if (criteriaScoring !== null) {
        const panelValid = isWholeNumber(round.judgesPerEntry, 1);
        if (!panelValid) {
          problems.push(
            problem(`${path}.judgesPerEntry`, "JUDGES_PER_ENTRY_REQUIRED", `请设置${title}每个参赛对象的评委人数`),
          );
        }
        problems.push(
          ...reasonsAt(
            `${path}.criteriaScoring`,
            validateCriteriaScoringRule(
              criteriaScoring,
              panelValid ? { judgesPerEntry: round.judgesPerEntry as number } : {},
            ),
          ),
        );
        if (
          criteriaScoring.criteria.length > 0 &&
          criteriaScoring.criteria.every((c) => parseScoreDecimal(c.max) !== null)
        ) {
          expectMaximum(criteriaScoringMaximum(criteriaScoring.criteria), "各评分标准满分之和");
        }
      }
      if (judgementMarks !== null) {
        problems.push(...reasonsAt(`${path}.judgementMarks`, validateJudgementMarksRule(judgementMarks)));
        if (criteriaScoring === null) unexpected("judgesPerEntry", "评委人数（评价分的评委人数在评价分规则中设置）");
        if (judgementMarks.aspects.length > 0) {
          expectMaximum(
            Fraction.of(judgementMarkMaximum * judgementMarks.aspects.length),
            `评价要点数 × ${judgementMarkMaximum} 分即`,
          );
        }
      }
      break;
    }
    case "COMMITTEE_VOTE":
      unexpected("criteriaScoring", "评分标准");
      unexpected("judgementMarks", "评价分");
      if (!isWholeNumber(round.judgesPerEntry, 1)) {
        problems.push(problem(`${path}.judgesPerEntry`, "COMMITTEE_SIZE_REQUIRED", `请设置${title}的评审委员人数`));
      } else {
        expectMaximum(Fraction.of(round.judgesPerEntry), "评审委员人数");
      }
      break;
    case "PUBLIC_VOTE":
      expectMaximum(Fraction.of(100), "公众投票得分的满分");
      unexpected("criteriaScoring", "评分标准");
      unexpected("judgementMarks", "评价分");
      unexpected("judgesPerEntry", "评委人数");
      break;
    default:
      // Exams are imported, matches are played: neither has judges' scoring sheets.
      unexpected("criteriaScoring", "评分标准");
      unexpected("judgementMarks", "评价分");
      unexpected("judgesPerEntry", "评委人数");
  }
  return problems;
}

function awardTrackProblems(configuration: ActivityConfiguration): FieldError[] {
  const tracks = configuration.awardTracks;
  if (tracks.length === 0) return [problem("awardTracks", "AWARD_TRACKS_EMPTY", "请至少设置一个奖项层级（市级）")];
  const problems: FieldError[] = [];
  const keys = new Set<string>();
  const counties = new Set<string>();
  if (tracks.filter((track) => track.level === "CITY").length > 1) {
    problems.push(problem("awardTracks", "CITY_TRACK_REPEATED", "市级奖项层级只能设置一个"));
  }
  tracks.forEach((track, index) => {
    const path = `awardTracks[${index}]`;
    if (track.key.trim() === "") problems.push(problem(`${path}.key`, "AWARD_TRACK_KEY_REQUIRED", "奖项层级缺少代码"));
    else if (keys.has(track.key)) {
      problems.push(problem(`${path}.key`, "AWARD_TRACK_KEY_DUPLICATE", `奖项层级代码“${track.key}”重复`));
    }
    keys.add(track.key);
    if (track.level !== "COUNTY") return;
    const countyCode = track.countyCode?.trim() ?? "";
    const countyPath = track.countyPath?.trim() ?? "";
    if (countyCode === "") {
      problems.push(
        problem(
          `${path}.countyCode`,
          "COUNTY_TRACK_COUNTY_REQUIRED",
          `县(市)区级奖项层级“${track.name}”须指定所属县(市)区总工会`,
        ),
      );
    } else if (counties.has(countyCode)) {
      problems.push(
        problem(`${path}.countyCode`, "COUNTY_TRACK_DUPLICATE", `县(市)区“${countyCode}”的奖项层级设置了不止一次`),
      );
    }
    counties.add(countyCode);
    if (!/^(\/\d{8})+\/$/.test(countyPath)) {
      problems.push(
        problem(
          `${path}.countyPath`,
          "COUNTY_TRACK_PATH_REQUIRED",
          `县(市)区级奖项层级“${track.name}”缺少所属县(市)区在组织树中的位置，无法判断哪些参赛者属于该县(市)区`,
        ),
      );
    }
  });
  return problems;
}

function provincialRecommendationProblems(configuration: ActivityConfiguration): FieldError[] {
  const recommendation = configuration.provincialRecommendation;
  if (recommendation === null) return [];
  const problems: FieldError[] = [];
  if (!isWholeNumber(recommendation.quota, 1)) {
    problems.push(
      problem("provincialRecommendation.quota", "PROVINCIAL_QUOTA_INVALID", "推荐参加省赛的名额应为不小于 1 的整数"),
    );
  }
  if (!configuration.awardTracks.some((track) => track.level === "CITY")) {
    problems.push(
      problem(
        "provincialRecommendation",
        "PROVINCIAL_RECOMMENDATION_NEEDS_CITY_TRACK",
        "推荐参加省赛按市级排名确定，请设置市级奖项层级",
      ),
    );
  }
  return problems;
}

function votingProblems(configuration: ActivityConfiguration): FieldError[] {
  const voting = configuration.voting;
  const publicVoteIndex = configuration.rounds.findIndex((round) => round.kind === "PUBLIC_VOTE");
  if (voting === null) {
    return publicVoteIndex < 0
      ? []
      : [problem("voting", "VOTING_RULES_REQUIRED", "设置了公众投票轮次，请设置投票规则")];
  }
  if (publicVoteIndex < 0) {
    return [problem("voting", "VOTING_RULES_WITHOUT_PUBLIC_VOTE", "没有公众投票轮次，不应设置投票规则")];
  }
  const problems = validatedAt("voting", validateVotingRules(voting));
  const round = configuration.rounds[publicVoteIndex] as ActivityRound;
  const weight = parseScoreDecimal(round.weight);
  const share = parseScoreDecimal(voting.publicShare);
  if (weight !== null && share !== null && !weight.equals(share)) {
    problems.push(
      problem(
        `rounds[${publicVoteIndex}].weight`,
        "PUBLIC_VOTE_WEIGHT_MISMATCH",
        `公众投票轮次“${round.name}”的权重（${round.weight}%）应与投票规则中公众投票所占比例（${voting.publicShare}%）一致`,
      ),
    );
  }
  return problems;
}

function tournamentProblems(configuration: ActivityConfiguration): FieldError[] {
  const format = configuration.tournament;
  const hasMatches = configuration.rounds.some((round) => round.kind === "MATCHES");
  if (format === null) {
    return hasMatches ? [problem("tournament", "TOURNAMENT_FORMAT_REQUIRED", "设置了比赛对阵轮次，请设置赛制")] : [];
  }
  if (!hasMatches) {
    return [problem("tournament", "TOURNAMENT_FORMAT_WITHOUT_MATCHES", "没有比赛对阵轮次，不应设置赛制")];
  }
  return fieldErrorsAt("tournament", validateTournamentFormat(format));
}

function certificateProblems(configuration: ActivityConfiguration): FieldError[] {
  const rule = configuration.certificates;
  if (!rule.awards && !rule.participation) return [];
  const problems: FieldError[] = [];
  if (!isCertificateActivityCode(rule.numberPrefix)) {
    problems.push(
      problem(
        "certificates.numberPrefix",
        "CERTIFICATE_PREFIX_FORMAT",
        "证书编号前缀应为大写字母或数字，可用连字符分隔，如 JZ-2015-ZYB",
      ),
    );
  }
  if (rule.issuerName.trim() === "") {
    problems.push(problem("certificates.issuerName", "REQUIRED", "请填写颁发证书的单位"));
  }
  return problems;
}
