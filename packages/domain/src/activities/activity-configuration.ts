import type { ApprovalChain } from "../approvals/index.ts";
import type { EligibilityRules } from "../eligibility/index.ts";
import type { CriteriaScoringRule, JudgementMarksRule } from "../judging/index.ts";
import type { CategoryCapacity } from "../places/index.ts";
import type { PublicNoticeRule } from "../public-notice/index.ts";
import type { CompositionLimit, QuotaRule } from "../quotas/index.ts";
import type { AwardScheme, AwardTrack, RankingTieBreak, RoundDefinition } from "../results/index.ts";
import type { BadmintonEvent, TournamentFormat } from "../tournaments/index.ts";
import type { VotingRules } from "../voting/index.ts";
import type { ActivityKind } from "./activity-kind.ts";

/**
 * The whole configuration of one activity: the shared building blocks, composed. Every kind's
 * template (activity-templates.ts) fills it with that kind's defaults, the organizer adjusts it,
 * and validateActivityConfiguration says what is wrong with it. Plain JSON, stored with the activity.
 */

/** 参赛选手, 参赛队伍 (a pair is a team of two), 推荐单位, 申报项目. */
export type ActivityEntrantType = "INDIVIDUAL" | "TEAM" | "UNIT" | "PROJECT";

export const activityEntrantTypeLabels: Record<ActivityEntrantType, string> = {
  INDIVIDUAL: "参赛选手",
  TEAM: "参赛队伍",
  UNIT: "推荐单位",
  PROJECT: "申报项目",
};

/** Who one entry is: its type, and how many workers it names (a project's authors, a team's members). */
export interface ActivityEntrant {
  type: ActivityEntrantType;
  /** Workers named per entry: exactly 1 for an individual, null for a unit (it enters as itself). */
  members: { min: number; max: number | null } | null;
}

/** How entries arrive. */
export type ActivityEntryChannel = "SELF_REGISTRATION" | "UNIT_NOMINATION" | "PUBLIC_RECOMMENDATION";

export const activityEntryChannelLabels: Record<ActivityEntryChannel, string> = {
  SELF_REGISTRATION: "职工自主报名",
  UNIT_NOMINATION: "单位报名推荐",
  PUBLIC_RECOMMENDATION: "公众推荐",
};

/**
 * A category (组别/工种/项目) with its capacity, and who enters it: categories of one activity may
 * differ (a badminton tournament's 男单 has players, its 男双 pairs).
 */
export interface ActivityCategory extends CategoryCapacity {
  entrant: ActivityEntrant;
  /** Rules for this category on top of the activity's (a trade's workers, 女单's women); {} for none. */
  eligibility: EligibilityRules;
  /** For a badminton tournament, the event the category is; null elsewhere. */
  badmintonEvent: BadmintonEvent | null;
}

/**
 * One round of evaluation: results' RoundDefinition (kind, weight, maximum) and what the kind
 * needs from judging. A criteria-scoring round has either a scoring rule or, WorldSkills style,
 * judgement marks.
 */
export interface ActivityRound extends RoundDefinition {
  criteriaScoring: CriteriaScoringRule | null;
  judgementMarks: JudgementMarksRule | null;
  /**
   * Judges per entry in a criteria-scoring round (with a scoring rule), or members of the committee
   * in a committee vote; null in other rounds.
   */
  judgesPerEntry: number | null;
}

/** Files a declaration carries (an innovation project's report, photos, proofs of benefit). */
export interface ActivityAttachmentRule {
  minCount: number;
  maxCount: number;
  /** Lower-case extensions without the dot: "pdf", "docx", "jpg". */
  acceptedExtensions: readonly string[];
  maxMegabytesEach: number;
}

/** Which certificates (证书) are issued, and how they are numbered and signed. */
export interface ActivityCertificateRule {
  /** 荣誉证书 for every award. */
  awards: boolean;
  /** 参赛证书 for everyone else who took part. */
  participation: boolean;
  /** Numbering prefix (certificates' CertificateActivity.code), e.g. "JZ-2015-ZYB". */
  numberPrefix: string;
  /** Who issues and seals them. */
  issuerName: string;
}

/** 推荐参加省赛: entries placed ≤ quota in their category on the city-level track. */
export interface ActivityProvincialRecommendation {
  quota: number;
}

export interface ActivityConfiguration {
  kind: ActivityKind;
  /** 活动名称, e.g. "第二届“状元杯”职工职业技能大赛". */
  name: string;
  /** The department that owns and runs it (its code, e.g. "SCBHB" for 生产保护部). */
  ownerDepartmentCode: string;
  entryChannels: readonly ActivityEntryChannel[];
  categories: readonly ActivityCategory[];
  /**
   * Who may enter at all. Without a reference date, ages and the accident window count from the
   * registration deadline (报名截止日), filled in from the schedule: see activityEligibilityRules.
   */
  eligibility: EligibilityRules;
  approvalChain: ApprovalChain;
  /** 名额 split across organizations, enforced at nomination; null when entries are not rationed. */
  quota: QuotaRule | null;
  /** Limits on the make-up of the whole nominated list; empty when none. */
  compositionLimits: readonly CompositionLimit[];
  /** Required files per entry; null when entries carry none. */
  attachments: ActivityAttachmentRule | null;
  rounds: readonly ActivityRound[];
  tieBreaks: readonly RankingTieBreak[];
  /** The city-level track, and county-level tracks when awards are given per county too. */
  awardTracks: readonly AwardTrack[];
  awards: AwardScheme;
  /** 优秀组织奖 for the units that organized entries well. */
  organizationAward: boolean;
  provincialRecommendation: ActivityProvincialRecommendation | null;
  publicNotice: PublicNoticeRule;
  /** Present exactly when a round is a public vote. */
  voting: VotingRules | null;
  /** Present exactly when a round is decided by matches. */
  tournament: TournamentFormat | null;
  certificates: ActivityCertificateRule;
}
