import type { Prisma } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  championTitleName,
  DomainError,
  excellenceAwardName,
  type Reason,
} from "@jinzhou/domain";
import { findActivity, requireActivityManager } from "../activities/activity-access.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { tournamentResultRows } from "../tournaments/tournament-results.ts";
import { rankActivity, type TrackOutcome } from "./activity-rankings.ts";

/** Results are computed while judging and recomputed during the notice; frozen once final. */
export const computableStates = ["JUDGING", "PUBLIC_NOTICE"] as const;

export interface ComputeResultsSummary {
  activityId: number;
  /** Result rows written (ranked and unranked). */
  resultCount: number;
  /** Ties the organizer must separate before the results can be published. */
  blockingTies: Reason[];
  /** Notes for the organizer: unresolved ties, more recommended than the quota … */
  warnings: Reason[];
}

/**
 * Computes every category's results on every award track and replaces the activity's Result rows
 * for those categories in one transaction: running it again gives the same rows, never a second
 * set. Categories decided by matches are placed from their brackets (tournament-results.ts).
 */
export async function computeResults(context: Context, activityId: number): Promise<ComputeResultsSummary> {
  const activity = await findActivity(context, activityId);
  await requireActivityManager(context, activity.department.code);
  requireComputableState(activity.state);
  return context.prisma.$transaction(async (tx) => {
    // Bumping the categories first serializes concurrent computations of the same activity.
    await tx.category.updateMany({ where: { activityId }, data: { version: { increment: 1 } } });
    const current = await tx.activity.findUniqueOrThrow({ where: { id: activityId } });
    requireComputableState(current.state);
    const rankings = await rankActivity(tx, current);
    if (rankings.problems.length > 0) {
      throw new DomainError(
        "RESULTS_NOT_COMPUTABLE",
        rankings.problems.map(({ code, message }) => ({ field: "activityId", code, message })),
        `不能计算成绩：${rankings.problems.map((problem) => problem.message).join("；")}`,
      );
    }
    const computedAt = new Date();
    const rows = [
      ...rankings.outcomes.flatMap((outcome) => resultRows(activityId, outcome, computedAt)),
      // Events decided by matches are placed from their brackets.
      ...(await tournamentResultRows(
        tx,
        activityId,
        current.configuration as unknown as ActivityConfiguration,
        rankings.skippedCategoryIds,
        computedAt,
      )),
    ];
    const categoryIds = [
      ...new Set([...rankings.outcomes.map((outcome) => outcome.categoryId), ...rankings.skippedCategoryIds]),
    ];
    const before = await tx.result.count({ where: { activityId, categoryId: { in: categoryIds } } });
    await tx.result.deleteMany({ where: { activityId, categoryId: { in: categoryIds } } });
    if (rows.length > 0) await tx.result.createMany({ data: rows });
    const blockingTies = rankings.outcomes.flatMap((outcome) =>
      outcome.awardProblems.map((reason) => ({
        code: reason.code,
        message: `“${outcome.categoryName}（${outcome.track.name}）”：${reason.message}`,
      })),
    );
    const warnings = rankings.outcomes.flatMap((outcome) => [
      ...outcome.ranking.warnings,
      ...outcome.recommendationNotes,
    ]);
    await recordAuditEntry(tx, context.actor, {
      action: "RESULTS_COMPUTE",
      entityType: "Activity",
      entityId: activityId,
      activityId,
      before: { resultCount: before },
      after: { resultCount: rows.length, blockingTies: blockingTies.length, fromBrackets: rankings.skippedCategoryIds },
    });
    return { activityId, resultCount: rows.length, blockingTies, warnings };
  });
}

function requireComputableState(state: string) {
  if (!(computableStates as readonly string[]).includes(state)) {
    throw new DomainError("RESULTS_NOT_COMPUTABLE", [], "只有“评审中”或“结果公示”的活动可以计算成绩");
  }
}

function resultRows(activityId: number, outcome: TrackOutcome, computedAt: Date): Prisma.ResultCreateManyInput[] {
  const awardsByEntry = new Map((outcome.awards?.awards ?? []).map((award) => [award.entryId, award]));
  const blockedIds = new Set(outcome.blockingTies.flatMap((tie) => tie.entryIds));
  const ranked = outcome.ranking.ranked.map((entry): Prisma.ResultCreateManyInput => {
    const award = awardsByEntry.get(entry.entryId);
    const titles = [
      ...(award?.championTitle ? [championTitleName] : []),
      ...(award?.excellenceAward ? [excellenceAwardName] : []),
    ];
    const blocked = blockedIds.has(entry.entryId) ? "；该并列跨越奖项名额，须由主办部门裁定先后，奖项暂不确定" : "";
    return {
      activityId,
      categoryId: outcome.categoryId,
      registrationId: entry.entryId,
      trackKey: outcome.track.key,
      trackName: outcome.track.name,
      total: entry.total.toString(),
      totalText: entry.totalText,
      place: entry.place,
      sharedPlace: entry.sharedPlace,
      explanation: `${entry.explanation}${blocked}`,
      awardTierKey: award?.tier?.key ?? null,
      awardTierName: award?.tier?.name ?? null,
      titles,
      advancesToProvincial: outcome.recommended.has(entry.entryId),
      details: {
        roundScores: entry.roundScores.map((score) => ({
          roundKey: score.roundKey,
          result: score.result.toString(),
          resultText: score.result.toFixed(2),
          normalized: score.normalized.toString(),
          weighted: score.weighted.toString(),
          weightedText: score.weighted.toFixed(2),
        })),
        tieBreakLabels: [...outcome.ranking.tieBreakLabels],
        tieBreakValues: entry.tieBreakValues.map((value) => value.toString()),
        placeLabel: entry.placeLabel,
        organizerSeparationReason: entry.organizerSeparationReason,
        awardBasis: award?.tier
          ? (outcome.awards?.ranges.tiers.find((range) => range.key === award.tier?.key)?.basis ?? null)
          : null,
      },
      computedAt,
    };
  });
  const unranked = outcome.ranking.unranked.map(
    (entry): Prisma.ResultCreateManyInput => ({
      activityId,
      categoryId: outcome.categoryId,
      registrationId: entry.entryId,
      trackKey: outcome.track.key,
      trackName: outcome.track.name,
      total: null,
      totalText: null,
      place: null,
      sharedPlace: false,
      explanation: entry.reasons.map((reason) => reason.message).join("；"),
      awardTierKey: null,
      awardTierName: null,
      titles: [],
      advancesToProvincial: false,
      details: { unrankedReasons: entry.reasons.map(({ code, message }) => ({ code, message })) },
      computedAt,
    }),
  );
  return [...ranked, ...unranked];
}
