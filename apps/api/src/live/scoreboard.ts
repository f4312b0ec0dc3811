import type { PrismaClient } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type ActivityState,
  aggregateJudgeScores,
  aggregateRoundEntryScores,
  type CriteriaScoringRule,
  cityAwardTrack,
  committeeVoteResult,
  committeeVoteResultLabel,
  committeeVoteScoringRule,
  entryJudgingStatuses,
  type Fraction,
  type RoundJudgingState,
  rankEntries,
  scoreAggregationLabels,
} from "@jinzhou/domain";

/** One entry on the big screen: who, from which unit, the published score so far and the place. */
export interface ScoreboardEntry {
  registrationId: number;
  name: string;
  unitName: string;
  categoryName: string;
  /** The aggregate over the submitted (locked) score sheets, two decimals; null before it can be computed. */
  score: string | null;
  /** The same score, exact ("1079/12"), for checking by hand. */
  exactScore: string | null;
  judgesSubmitted: number;
  judgesAssigned: number;
  /** 名次 within the category, shared places skip (1, 2, 2, 4); null while unscored. */
  place: number | null;
  placeLabel: string | null;
}

export interface Scoreboard {
  roundId: number;
  roundName: string;
  activityId: number;
  activityName: string;
  activityState: ActivityState;
  /** How the judges' scores are combined, e.g. "去掉最高分和最低分后的平均分"; "赞成票数" for a committee vote. */
  aggregationMethod: string;
  /** Ranked entries first (by category, then place), unscored ones after. */
  entries: ScoreboardEntry[];
  computedAt: Date;
}

/** The round's rule: its configured criteria-scoring rule, or a plain mean (judgement marks, other kinds). */
function ruleOf(configuration: ActivityConfiguration, roundKey: string): CriteriaScoringRule {
  const round = configuration.rounds?.find((candidate) => candidate.key === roundKey);
  return (
    round?.criteriaScoring ?? { criteria: round?.criteriaScoring?.criteria ?? [], aggregation: { method: "MEAN" } }
  );
}

/**
 * The round's scoreboard as the public may see it: per entry the aggregate of the judges' submitted
 * and locked sheets by the round's rule (the domain's aggregateRoundEntryScores once every sheet is
 * in, which applies per-judge normalization too; before that aggregateJudgeScores per entry over
 * the sheets so far; for a committee vote, the votes in favour cast so far), the number of judges
 * who submitted, and the places within each category.
 * Never individual judges' scores, never ID numbers. Four statements whatever the round's size.
 */
export async function computeScoreboard(prisma: PrismaClient, roundId: number): Promise<Scoreboard | null> {
  const round = await prisma.round.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      key: true,
      name: true,
      kind: true,
      maxResult: true,
      activity: { select: { id: true, name: true, state: true, configuration: true } },
    },
  });
  if (!round) return null;
  const assignments = await prisma.judgeAssignment.findMany({
    where: { roundId },
    select: {
      registrationId: true,
      judgeUserId: true,
      excusedAt: true,
      excuseReason: true,
      score: { select: { state: true, total: true } },
    },
  });
  const registrationIds = [...new Set(assignments.map((assignment) => assignment.registrationId))];
  const registrations = await prisma.registration.findMany({
    where: { id: { in: registrationIds } },
    select: {
      id: true,
      name: true,
      organization: { select: { name: true, path: true } },
      category: { select: { key: true, name: true, sortOrder: true } },
      members: {
        select: { worker: { select: { name: true } } },
        orderBy: [{ isLeader: "desc" }, { sortOrder: "asc" }, { id: "asc" }],
      },
    },
  });

  const configuration = round.activity.configuration as unknown as ActivityConfiguration;
  const rule = round.kind === "COMMITTEE_VOTE" ? committeeVoteScoringRule() : ruleOf(configuration, round.key);
  const nameOf = (registration: (typeof registrations)[number]) =>
    registration.name ?? (registration.members.map((member) => member.worker.name).join("、") || "（未命名）");
  const state: RoundJudgingState = {
    rule,
    judges: [...new Set(assignments.map((assignment) => assignment.judgeUserId))].map((judgeId) => ({
      judgeId,
      name: String(judgeId),
    })),
    entries: registrations.map((registration) => ({ entryId: registration.id, name: nameOf(registration) })),
    assignments: assignments.map((assignment) => ({
      entryId: assignment.registrationId,
      judgeId: assignment.judgeUserId,
    })),
    sheets: assignments
      .filter((assignment) => assignment.score !== null)
      .map((assignment) => ({
        judgeId: assignment.judgeUserId,
        entryId: assignment.registrationId,
        state: assignment.score?.state ?? "DRAFT",
        total: assignment.score?.total ?? null,
      })),
    excusals: assignments
      .filter((assignment) => assignment.excusedAt !== null)
      .map((assignment) => ({
        judgeId: assignment.judgeUserId,
        entryId: assignment.registrationId,
        reason: assignment.excuseReason ?? "",
      })),
  };

  const statuses = entryJudgingStatuses(state);
  const results = new Map<number, Fraction>();
  const committee = round.kind === "COMMITTEE_VOTE";
  const complete = committee ? null : aggregateRoundEntryScores(state);
  if (committee) {
    // A committee vote: the votes in favour cast and locked so far (never a mean).
    for (const status of statuses) {
      if (status.counted.length > 0) results.set(status.entryId, committeeVoteResult(status).result);
    }
  } else if (complete?.ok) {
    for (const entry of complete.entries) results.set(entry.entryId, entry.aggregate.result);
  } else {
    for (const status of statuses) {
      const aggregated = aggregateJudgeScores(
        status.counted.map((counted) => ({ judgeId: counted.judgeId, score: counted.total })),
        rule.aggregation,
      );
      if (aggregated.ok) results.set(status.entryId, aggregated.value.result);
    }
  }

  // Places within each category, by the domain's ranking on this round alone (shared places skip).
  const places = new Map<number, { place: number; label: string }>();
  const categories = new Map(registrations.map((registration) => [registration.category.key, registration.category]));
  for (const category of categories.values()) {
    const ranking = rankEntries({
      category: { key: category.key, name: category.name },
      track: cityAwardTrack,
      rounds: [{ key: round.key, name: round.name, kind: round.kind, weight: "100", maxResult: round.maxResult }],
      tieBreaks: [{ kind: "SHARED_PLACE" }],
      entrants: registrations
        .filter((registration) => registration.category.key === category.key)
        .map((registration) => ({
          entryId: registration.id,
          name: nameOf(registration),
          organizationName: registration.organization.name,
          organizationPath: registration.organization.path,
          categoryKey: category.key,
          roundResults: { [round.key]: results.get(registration.id) },
        })),
    });
    if (!ranking.ok) continue;
    for (const ranked of ranking.value.ranked)
      places.set(ranked.entryId, { place: ranked.place, label: ranked.placeLabel });
  }

  const statusOf = new Map(statuses.map((status) => [status.entryId, status]));
  const entries = registrations.map((registration): ScoreboardEntry => {
    const status = statusOf.get(registration.id);
    const result = results.get(registration.id);
    const place = places.get(registration.id);
    return {
      registrationId: registration.id,
      name: nameOf(registration),
      unitName: registration.organization.name,
      categoryName: registration.category.name,
      score: result ? result.toFixed(2) : null,
      exactScore: result ? result.toString() : null,
      judgesSubmitted: status?.counted.length ?? 0,
      judgesAssigned: status ? status.counted.length + status.pending.length + status.excusedJudgeIds.length : 0,
      place: place?.place ?? null,
      placeLabel: place?.label ?? null,
    };
  });
  const sortOrderOf = new Map(registrations.map((registration) => [registration.id, registration.category.sortOrder]));
  entries.sort(
    (a, b) =>
      (sortOrderOf.get(a.registrationId) ?? 0) - (sortOrderOf.get(b.registrationId) ?? 0) ||
      a.categoryName.localeCompare(b.categoryName, "zh-CN") ||
      (a.place ?? Number.POSITIVE_INFINITY) - (b.place ?? Number.POSITIVE_INFINITY) ||
      a.registrationId - b.registrationId,
  );
  return {
    roundId: round.id,
    roundName: round.name,
    activityId: round.activity.id,
    activityName: round.activity.name,
    activityState: round.activity.state,
    aggregationMethod: committee ? committeeVoteResultLabel : scoreAggregationLabels[rule.aggregation.method],
    entries,
    computedAt: new Date(),
  };
}
