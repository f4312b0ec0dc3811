import type {
  ActivityCategory,
  ActivityConfiguration,
  ActivityEntrantType,
  ActivityEntryChannel,
  ActivityRound,
  AwardTier,
  Criterion,
  EligibilityRules,
  EntriesPerWorker,
  FieldError,
  Gender,
  LateObjectionPolicy,
  PositionCategory,
  RankingTieBreak,
  RankingTieBreakKind,
  RoundKind,
  ScoreAggregation,
  ScoreAggregationMethod,
  SkillGrade,
  VotingRules,
} from "@jinzhou/domain";

/**
 * The part of an activity's configuration the wizard edits, as form fields hold it: numbers as the
 * text typed ("" for "not set"), lists of words as one line ("车工、钳工"). configurationToForm reads a
 * stored configuration into it; formToConfiguration writes it back over that configuration, so the
 * parts the wizard does not edit (approval chain, quotas, award tracks, certificates …) stay as stored.
 */
export interface ConfigurationForm {
  /** How entries arrive: self-registration, nomination by units, recommendation by the public. */
  entryChannels: ActivityEntryChannel[];
  categories: CategoryForm[];
  eligibility: EligibilityForm;
  rounds: RoundForm[];
  tieBreaks: TieBreakForm[];
  awards: AwardsForm;
  publicNotice: { workingDays: string; lateObjections: LateObjectionPolicy };
  /** Present exactly when the configuration has voting rules (a public-vote round). */
  voting: VotingForm | null;
}

export interface CategoryForm {
  categoryId: string;
  categoryName: string;
  /** "" = no limit. */
  capacity: string;
  entrantType: ActivityEntrantType;
  /** Members per entry for a team or a project. */
  membersMin: string;
  /** "" = no upper bound. */
  membersMax: string;
  /** This category's trades (工种), "、"-separated; "" = any trade. */
  trades: string;
  gender: Gender | "";
  /** The category as stored (null for a new one): its other rules and badminton event are kept. */
  original: ActivityCategory | null;
}

export type PositionRule = "ANY" | "ONLY" | "EXCEPT";

export interface EligibilityForm {
  ageMin: string;
  ageMax: string;
  unionMembershipRequired: boolean;
  minimumSkillGrade: SkillGrade | "";
  positionRule: PositionRule;
  positionCategories: PositionCategory[];
  gender: Gender | "";
  trades: string;
  entriesPerWorker: EntriesPerWorker | "";
  seriousAccidentExcluded: boolean;
  /** "" = the domain's default window (3 years). */
  seriousAccidentYears: string;
}

export interface RoundForm {
  key: string;
  name: string;
  kind: RoundKind;
  weight: string;
  maxResult: string;
  judgesPerEntry: string;
  aggregation: ScoreAggregationMethod;
  /** "" = the default trim for the panel size. */
  trim: string;
  /** "" = the default step (0.1). */
  step: string;
  criteria: Criterion[];
  original: ActivityRound | null;
}

export interface TieBreakForm {
  kind: RankingTieBreakKind;
  /** "" for a shared place. */
  roundKey: string;
}

export interface AwardTierForm {
  key: string;
  name: string;
  by: "COUNT" | "SHARE";
  count: string;
  percent: string;
}

export interface AwardsForm {
  tiers: AwardTierForm[];
  championTitle: boolean;
  excellenceAward: boolean;
  sharedAwards: boolean;
  organizationAward: boolean;
  /** Places per category recommended to the provincial contest; "" = none. */
  provincialQuota: string;
}

export interface VotingForm {
  ballotsPerVoterPerDay: string;
  maxCandidatesPerBallot: string;
  ballotsPerIpPerDay: string;
  showLiveCounts: boolean;
  juryShare: string;
  publicShare: string;
}

const text = (value: number | string | null | undefined): string => (value == null ? "" : String(value));

/** "" → null; anything else → a number, NaN when it is not one (the domain's checks then say so). */
export function numberOrNull(value: string): number | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : Number(trimmed);
}

/** "车工、钳工, 焊工" → ["车工", "钳工", "焊工"]. */
export function wordList(value: string): string[] {
  return value
    .split(/[、,，;；\s]+/)
    .map((word) => word.trim())
    .filter((word) => word !== "");
}

export function configurationToForm(configuration: ActivityConfiguration): ConfigurationForm {
  const eligibility = configuration.eligibility;
  const positionRule: PositionRule = eligibility.allowedPositionCategories
    ? "ONLY"
    : eligibility.excludedPositionCategories
      ? "EXCEPT"
      : "ANY";
  return {
    entryChannels: [...configuration.entryChannels],
    categories: configuration.categories.map((category) => ({
      categoryId: category.categoryId,
      categoryName: category.categoryName,
      capacity: text(category.capacity),
      entrantType: category.entrant.type,
      membersMin: text(category.entrant.members?.min),
      membersMax: text(category.entrant.members?.max),
      trades: (category.eligibility.trades ?? []).join("、"),
      gender: category.eligibility.gender ?? "",
      original: category,
    })),
    eligibility: {
      ageMin: text(eligibility.ageRange?.min),
      ageMax: text(eligibility.ageRange?.max),
      unionMembershipRequired: eligibility.unionMembershipRequired === true,
      minimumSkillGrade: eligibility.minimumSkillGrade ?? "",
      positionRule,
      positionCategories: [...(eligibility.allowedPositionCategories ?? eligibility.excludedPositionCategories ?? [])],
      gender: eligibility.gender ?? "",
      trades: (eligibility.trades ?? []).join("、"),
      entriesPerWorker: eligibility.entriesPerWorker ?? "",
      seriousAccidentExcluded: eligibility.seriousAccidentExclusion !== undefined,
      seriousAccidentYears: text(eligibility.seriousAccidentExclusion?.withinYears),
    },
    rounds: configuration.rounds.map((round) => {
      const aggregation = round.criteriaScoring?.aggregation;
      return {
        key: round.key,
        name: round.name,
        kind: round.kind,
        weight: round.weight,
        maxResult: round.maxResult,
        judgesPerEntry: text(round.judgesPerEntry),
        aggregation: aggregation?.method ?? "TRIMMED_MEAN",
        trim: aggregation?.method === "TRIMMED_MEAN" ? text(aggregation.trim) : "",
        step: round.criteriaScoring?.step ?? "",
        criteria: (round.criteriaScoring?.criteria ?? []).map((criterion) => ({ ...criterion })),
        original: round,
      };
    }),
    tieBreaks: configuration.tieBreaks.map((tieBreak) => ({
      kind: tieBreak.kind,
      roundKey: tieBreak.kind === "SHARED_PLACE" ? "" : tieBreak.roundKey,
    })),
    awards: {
      tiers: configuration.awards.tiers.map((tier) => ({
        key: tier.key,
        name: tier.name,
        by: tier.size.by,
        count: tier.size.by === "COUNT" ? String(tier.size.count) : "",
        percent: tier.size.by === "SHARE" ? tier.size.percent : "",
      })),
      championTitle: configuration.awards.championTitle,
      excellenceAward: configuration.awards.excellenceAward,
      sharedAwards: configuration.awards.sharedAwards,
      organizationAward: configuration.organizationAward,
      provincialQuota: text(configuration.provincialRecommendation?.quota),
    },
    publicNotice: {
      workingDays: text(configuration.publicNotice.workingDays),
      lateObjections: configuration.publicNotice.lateObjections,
    },
    voting: configuration.voting
      ? {
          ballotsPerVoterPerDay: text(configuration.voting.ballotsPerVoterPerDay),
          maxCandidatesPerBallot: text(configuration.voting.maxCandidatesPerBallot),
          ballotsPerIpPerDay: text(configuration.voting.ballotsPerIpPerDay),
          showLiveCounts: configuration.voting.showLiveCounts,
          juryShare: configuration.voting.juryShare,
          publicShare: configuration.voting.publicShare,
        }
      : null,
  };
}

/** Sets or removes one optional rule, so an unset rule is absent from the stored JSON, not null. */
function withRule<K extends keyof EligibilityRules>(
  rules: EligibilityRules,
  key: K,
  value: EligibilityRules[K] | undefined,
): EligibilityRules {
  const next = { ...rules };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

function categoryOf(form: CategoryForm): ActivityCategory {
  const members =
    form.entrantType === "UNIT"
      ? null
      : form.entrantType === "INDIVIDUAL"
        ? { min: 1, max: 1 }
        : { min: numberOrNull(form.membersMin) ?? Number.NaN, max: numberOrNull(form.membersMax) };
  let eligibility = form.original?.eligibility ?? {};
  const trades = wordList(form.trades);
  eligibility = withRule(eligibility, "trades", trades.length > 0 ? trades : undefined);
  eligibility = withRule(eligibility, "gender", form.gender === "" ? undefined : form.gender);
  return {
    categoryId: form.categoryId.trim(),
    categoryName: form.categoryName.trim(),
    capacity: numberOrNull(form.capacity),
    entrant: { type: form.entrantType, members },
    eligibility,
    badmintonEvent: form.original?.badmintonEvent ?? null,
  };
}

function eligibilityOf(form: EligibilityForm, stored: EligibilityRules): EligibilityRules {
  let rules: EligibilityRules = { ...stored };
  const ageMin = numberOrNull(form.ageMin);
  const ageMax = numberOrNull(form.ageMax);
  rules = withRule(rules, "ageRange", ageMin === null && ageMax === null ? undefined : { min: ageMin, max: ageMax });
  rules = withRule(rules, "unionMembershipRequired", form.unionMembershipRequired ? true : undefined);
  rules = withRule(rules, "minimumSkillGrade", form.minimumSkillGrade === "" ? undefined : form.minimumSkillGrade);
  rules = withRule(
    rules,
    "allowedPositionCategories",
    form.positionRule === "ONLY" ? [...form.positionCategories] : undefined,
  );
  rules = withRule(
    rules,
    "excludedPositionCategories",
    form.positionRule === "EXCEPT" ? [...form.positionCategories] : undefined,
  );
  rules = withRule(rules, "gender", form.gender === "" ? undefined : form.gender);
  const trades = wordList(form.trades);
  rules = withRule(rules, "trades", trades.length > 0 ? trades : undefined);
  rules = withRule(rules, "entriesPerWorker", form.entriesPerWorker === "" ? undefined : form.entriesPerWorker);
  const years = numberOrNull(form.seriousAccidentYears);
  rules = withRule(
    rules,
    "seriousAccidentExclusion",
    form.seriousAccidentExcluded ? (years === null ? {} : { withinYears: years }) : undefined,
  );
  return rules;
}

function aggregationOf(form: RoundForm): ScoreAggregation {
  if (form.aggregation !== "TRIMMED_MEAN") return { method: form.aggregation };
  const trim = numberOrNull(form.trim);
  return trim === null ? { method: "TRIMMED_MEAN" } : { method: "TRIMMED_MEAN", trim };
}

/** Kinds of round that a judge panel or committee sits on, so that the panel size is asked for. */
export function roundHasPanel(form: Pick<RoundForm, "kind" | "original">): boolean {
  return form.kind === "COMMITTEE_VOTE" || (form.kind === "CRITERIA_SCORING" && !form.original?.judgementMarks);
}

function roundOf(form: RoundForm): ActivityRound {
  const judged = form.kind === "CRITERIA_SCORING";
  const judgementMarks = judged ? (form.original?.judgementMarks ?? null) : null;
  const criteriaScoring =
    judged && judgementMarks === null
      ? {
          ...(form.original?.criteriaScoring ?? {}),
          criteria: form.criteria.map((criterion) => ({
            key: criterion.key.trim(),
            name: criterion.name.trim(),
            max: criterion.max.trim(),
          })),
          aggregation: aggregationOf(form),
          ...(form.step.trim() === "" ? {} : { step: form.step.trim() }),
        }
      : null;
  if (criteriaScoring && form.step.trim() === "") delete (criteriaScoring as { step?: string }).step;
  return {
    key: form.key.trim(),
    name: form.name.trim(),
    kind: form.kind,
    weight: form.weight.trim(),
    maxResult: form.maxResult.trim(),
    criteriaScoring,
    judgementMarks,
    judgesPerEntry: roundHasPanel(form) ? (numberOrNull(form.judgesPerEntry) ?? Number.NaN) : null,
  };
}

function tieBreakOf(form: TieBreakForm): RankingTieBreak {
  return form.kind === "SHARED_PLACE" ? { kind: "SHARED_PLACE" } : { kind: form.kind, roundKey: form.roundKey };
}

function tierOf(form: AwardTierForm): AwardTier {
  return {
    key: form.key.trim(),
    name: form.name.trim(),
    size:
      form.by === "COUNT"
        ? { by: "COUNT", count: numberOrNull(form.count) ?? Number.NaN }
        : { by: "SHARE", percent: form.percent.trim() },
  };
}

function votingOf(form: VotingForm): VotingRules {
  return {
    ballotsPerVoterPerDay: numberOrNull(form.ballotsPerVoterPerDay) ?? Number.NaN,
    maxCandidatesPerBallot: numberOrNull(form.maxCandidatesPerBallot) ?? Number.NaN,
    ballotsPerIpPerDay: numberOrNull(form.ballotsPerIpPerDay) ?? Number.NaN,
    showLiveCounts: form.showLiveCounts,
    juryShare: form.juryShare.trim(),
    publicShare: form.publicShare.trim(),
  };
}

/** The stored configuration with the form's parts written over it. */
export function formToConfiguration(form: ConfigurationForm, stored: ActivityConfiguration): ActivityConfiguration {
  const provincialQuota = numberOrNull(form.awards.provincialQuota);
  return {
    ...stored,
    entryChannels: [...form.entryChannels],
    categories: form.categories.map(categoryOf),
    eligibility: eligibilityOf(form.eligibility, stored.eligibility),
    rounds: form.rounds.map(roundOf),
    tieBreaks: form.tieBreaks.map(tieBreakOf),
    awards: {
      tiers: form.awards.tiers.map(tierOf),
      championTitle: form.awards.championTitle,
      excellenceAward: form.awards.excellenceAward,
      sharedAwards: form.awards.sharedAwards,
    },
    organizationAward: form.awards.organizationAward,
    provincialRecommendation: provincialQuota === null ? null : { quota: provincialQuota },
    publicNotice: {
      workingDays: numberOrNull(form.publicNotice.workingDays) ?? Number.NaN,
      lateObjections: form.publicNotice.lateObjections,
    },
    voting: form.voting ? votingOf(form.voting) : null,
  };
}

/** A key not yet in `taken`: "round3", "round4" …, for a part the organizer adds. */
export function freshKey(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n += 1) {
    const key = `${prefix}${n}`;
    if (!taken.includes(key)) return key;
  }
}

/** The sum of criteria maxima as typed, or null while one is not a number ("50" + "20" → "70"). */
export function criteriaTotal(criteria: readonly Pick<Criterion, "max">[]): string | null {
  // Tenths are the finest step in use; sum in hundredths to avoid binary fractions.
  let hundredths = 0;
  for (const criterion of criteria) {
    const value = Number(criterion.max.trim());
    if (criterion.max.trim() === "" || !Number.isFinite(value)) return null;
    hundredths += Math.round(value * 100);
  }
  return String(hundredths / 100);
}

/** Problems whose path is `path` itself ("rounds[0].weight") or lies under it ("rounds[0].criteriaScoring…"). */
export function problemsAt(problems: readonly FieldError[], path: string, options: { exact?: boolean } = {}): string[] {
  return problems
    .filter((problem) =>
      options.exact
        ? problem.field === path
        : problem.field === path || problem.field.startsWith(`${path}.`) || problem.field.startsWith(`${path}[`),
    )
    .map((problem) => problem.message);
}

/** The list with the item at `from` moved to `to` (a move up or down in an ordered list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** The list with the item at `index` replaced by `change` applied to it. */
export function replaceItem<T>(list: readonly T[], index: number, change: Partial<T>): T[] {
  return list.map((item, at) => (at === index ? { ...item, ...change } : item));
}
