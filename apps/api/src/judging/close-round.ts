import type { Prisma } from "@jinzhou/db";
import {
  aggregateRoundEntryScores,
  committeeRoundResults,
  committeeVoteResultLabel,
  DomainError,
  Fraction,
  type JudgeTotal,
  scoreAggregationLabels,
  scoreDecimalText,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { writeJudgementResults } from "./judgement-marks-results.ts";
import {
  entryNameOf,
  findRound,
  judgementRuleOf,
  judgingTransactionOptions,
  lockOpenRound,
  type RoundWithActivity,
  refusal,
  requireJudgingStep,
  requireOpenRound,
  requireRoundManager,
  roundDefinitionOf,
} from "./judging-access.ts";
import { afterRoundChanged } from "./round-changed.ts";
import { loadRoundJudgingState, roundClosingBlockersOf } from "./round-judging-state.ts";

/**
 * Closes a round (结束本轮评审). A criteria-scoring round closes only when every assigned judge has
 * submitted or been excused with a reason (refused with the domain's blockers otherwise); each
 * entry's judge totals are then aggregated by the round's rule (e.g. 去掉最高分和最低分) and written
 * as RoundResult rows with the exact fraction, the untrimmed mean and the working (scores kept and
 * dropped, judges excused) for checking by hand. A committee vote (评审委员会表决) closes on the same
 * conditions (every assigned member has voted or been excused with a reason); each candidate's
 * result is the number of votes in favour (the domain's committeeRoundResults), with the members in
 * favour, against and excused in the details. A judgement-marks round (评价分，世赛评分法) closes
 * once every entry's sheets are all submitted with no aspect flagged; each entry's result is the
 * sum over the aspects of the mean mark (judgement-marks-results.ts). An exam round closes once every entry has its
 * imported score. A matches round (比赛对阵) closes once every event with entries is drawn and every
 * match has a winner; its places come from the brackets when results are computed. Audited as
 * ROUND_CLOSE with the results.
 */
export async function closeRound(context: Context, roundId: number): Promise<{ roundId: number }> {
  const actor = requireActor(context);
  const round = await findRound(context, roundId);
  await requireRoundManager(context, round);
  requireJudgingStep("CLOSE_ROUND", round.activity.state);
  requireOpenRound(round);
  const definition = roundDefinitionOf(round);
  const judged = round.kind === "CRITERIA_SCORING" && definition.criteriaScoring !== null;
  const judgementMarks = judgementRuleOf(round, definition);
  const committee = round.kind === "COMMITTEE_VOTE";
  const matches = round.kind === "MATCHES";
  if (!judged && !judgementMarks && !committee && !matches && round.kind !== "EXAM") {
    throw new DomainError("ROUND_KIND_MISMATCH", [], `“${round.name}”的结果不由评委评分或考试成绩产生，不在这里结束`);
  }

  await context.prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, round);
    const closedAt = new Date();
    let results: { registrationId: number; entry: string; result: string; display: string }[];
    if (judged) {
      results = await writeJudgedResults(tx, round, actor.userId, closedAt);
    } else if (judgementMarks) {
      results = await writeJudgementResults(tx, round, judgementMarks, actor.userId, closedAt);
    } else if (committee) {
      results = await writeCommitteeResults(tx, round, actor.userId, closedAt);
    } else {
      // An exam round lists its imported scores; a matches round has none (places come from the
      // brackets when results are computed).
      const blockers = await roundClosingBlockersOf(tx, round);
      if (blockers.length > 0) throw refusal("ROUND_CLOSE_REFUSED", blockers, "roundId", `“${round.name}”暂不能结束`);
      const rows = await tx.roundResult.findMany({
        where: { roundId: round.id },
        select: {
          registrationId: true,
          result: true,
          registration: { select: { name: true, members: { select: { worker: { select: { name: true } } } } } },
        },
        orderBy: { registrationId: "asc" },
      });
      results = rows.map((row) => ({
        registrationId: row.registrationId,
        entry: entryNameOf(row.registration),
        result: row.result,
        display: Fraction.fromDecimal(row.result).toFixed(2),
      }));
    }
    const { count } = await tx.round.updateMany({
      where: { id: round.id, closedAt: null },
      data: { closedAt, closedById: actor.userId },
    });
    if (count === 0) throw new DomainError("ROUND_CLOSED");
    await recordAuditEntry(tx, actor, {
      action: "ROUND_CLOSE",
      entityType: "Round",
      entityId: round.id,
      activityId: round.activityId,
      before: { closed: false },
      after: { closed: true, results },
    });
  }, judgingTransactionOptions);
  await afterRoundChanged(context, round.id);
  return { roundId: round.id };
}

async function writeJudgedResults(
  tx: Prisma.TransactionClient,
  round: RoundWithActivity,
  recordedById: number,
  recordedAt: Date,
) {
  const loaded = await loadRoundJudgingState(tx, round);
  if (!loaded) throw new DomainError("ROUND_KIND_MISMATCH");
  const { state, entries } = loaded;
  const outcome = aggregateRoundEntryScores(state);
  if (!outcome.ok) throw refusal("ROUND_CLOSE_REFUSED", outcome.reasons, "roundId", `“${round.name}”暂不能结束`);
  const judgeName = new Map(state.judges.map((judge) => [judge.judgeId, judge.name]));
  const excusals = await tx.judgeAssignment.findMany({
    where: { roundId: round.id, excusedAt: { not: null } },
    select: { judgeUserId: true, registrationId: true, excuseReason: true },
  });
  const listed = (totals: readonly JudgeTotal[]) =>
    totals.map((total) => ({ judgeId: total.judgeId, judge: judgeName.get(total.judgeId), score: exact(total.score) }));
  const nameOf = new Map(entries.map((entry) => [entry.id, entryNameOf(entry)]));
  const rows = outcome.entries.map(({ entryId, aggregate, excusedJudgeIds }) => ({
    roundId: round.id,
    registrationId: entryId,
    result: aggregate.result.toString(),
    untrimmedMean: aggregate.untrimmedMean.toString(),
    details: {
      method: aggregate.method,
      methodLabel: scoreAggregationLabels[aggregate.method],
      judgeCount: aggregate.judgeCount,
      trim: aggregate.trim,
      kept: listed(aggregate.kept),
      droppedLowest: listed(aggregate.droppedLowest),
      droppedHighest: listed(aggregate.droppedHighest),
      excused: excusedJudgeIds.map((judgeId) => ({
        judgeId,
        judge: judgeName.get(judgeId),
        reason: excusals.find((row) => row.judgeUserId === judgeId && row.registrationId === entryId)?.excuseReason,
      })),
      resultDisplay: aggregate.result.toFixed(2),
      untrimmedMeanDisplay: aggregate.untrimmedMean.toFixed(2),
      ...(outcome.normalization
        ? {
            normalization: {
              roundMean: outcome.normalization.roundMean.toString(),
              roundVariance: outcome.normalization.roundVariance.toString(),
              judges: outcome.normalization.judges.map((factor) => ({
                judgeId: factor.judgeId,
                judge: judgeName.get(factor.judgeId),
                count: factor.count,
                mean: factor.mean.toString(),
                variance: factor.variance.toString(),
                factor: factor.factor?.toString() ?? null,
              })),
              scores: outcome.normalization.scores
                .filter((score) => score.entryId === entryId)
                .map((score) => ({
                  judgeId: score.judgeId,
                  raw: exact(score.raw),
                  normalized: score.normalized.toString(),
                })),
            },
          }
        : {}),
    },
    recordedById,
    recordedAt,
  }));
  await tx.roundResult.deleteMany({ where: { roundId: round.id } });
  await tx.roundResult.createMany({ data: rows });
  return rows.map((row) => ({
    registrationId: row.registrationId,
    entry: nameOf.get(row.registrationId) ?? String(row.registrationId),
    result: row.result,
    display: row.details.resultDisplay,
  }));
}

/**
 * A committee round's results: one row per candidate, result = votes in favour (a whole number),
 * no untrimmed mean (a vote has no mean); details: the counts favour, against, voters and excused,
 * and the members in favour, against and excused (with the excusal's reason).
 */
async function writeCommitteeResults(
  tx: Prisma.TransactionClient,
  round: RoundWithActivity,
  recordedById: number,
  recordedAt: Date,
) {
  const loaded = await loadRoundJudgingState(tx, round);
  if (!loaded) throw new DomainError("ROUND_KIND_MISMATCH");
  const { state } = loaded;
  const outcome = committeeRoundResults(state);
  if (!outcome.ok) throw refusal("ROUND_CLOSE_REFUSED", outcome.reasons, "roundId", `“${round.name}”暂不能结束`);
  const memberName = new Map(state.judges.map((judge) => [judge.judgeId, judge.name]));
  const excusals = await tx.judgeAssignment.findMany({
    where: { roundId: round.id, excusedAt: { not: null } },
    select: { judgeUserId: true, registrationId: true, excuseReason: true },
  });
  const members = (ids: readonly number[]) => ids.map((judgeId) => ({ judgeId, judge: memberName.get(judgeId) }));
  const rows = outcome.entries.map((entry) => ({
    roundId: round.id,
    registrationId: entry.entryId,
    result: entry.result.toString(),
    untrimmedMean: null,
    details: {
      method: "COMMITTEE_VOTE",
      methodLabel: committeeVoteResultLabel,
      favour: entry.inFavour,
      against: entry.against,
      voters: entry.voters,
      excused: entry.excused,
      excusedMembers: entry.excusedJudgeIds.map((judgeId) => ({
        judgeId,
        judge: memberName.get(judgeId),
        reason: excusals.find((row) => row.judgeUserId === judgeId && row.registrationId === entry.entryId)
          ?.excuseReason,
      })),
      inFavourMembers: members(entry.inFavourJudgeIds),
      againstMembers: members(entry.againstJudgeIds),
      resultDisplay: `${entry.inFavour} 票`,
      working: `赞成 ${entry.inFavour} 票，不赞成 ${entry.against} 票，参加表决 ${entry.voters} 人，免于表决 ${entry.excused} 人`,
    },
    recordedById,
    recordedAt,
  }));
  await tx.roundResult.deleteMany({ where: { roundId: round.id } });
  await tx.roundResult.createMany({ data: rows });
  const nameOf = new Map(outcome.entries.map((entry) => [entry.entryId, entry.name]));
  return rows.map((row) => ({
    registrationId: row.registrationId,
    entry: nameOf.get(row.registrationId) ?? String(row.registrationId),
    result: row.result,
    display: row.details.resultDisplay,
  }));
}

/** Decimal text when the value has one ("89.5"), the exact fraction otherwise ("263/3"). */
function exact(value: Fraction): string {
  try {
    return scoreDecimalText(value);
  } catch {
    return value.toString();
  }
}
