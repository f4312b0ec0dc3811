import type { Prisma } from "@jinzhou/db";
import { type JudgementMarksRule, judgementRoundResults } from "@jinzhou/domain";
import { judgementRoundEntries } from "./judgement-marks-state.ts";
import { type RoundWithActivity, refusal } from "./judging-access.ts";

/** How a judgement-marks round's result is read (Round.resultRule, RoundResult.details.methodLabel). */
export const judgementMarksResultLabel = "各评价要点平均分之和";

/**
 * Writes a judgement-marks round's results when it closes (inside closeRound's transaction):
 * refused with the domain's blockers (an entry without judges, a judge who has not submitted or
 * was unlocked, an aspect still flagged); else one row per entry, result = Σ over the aspects of
 * the mean mark as an exact fraction ("16/3"), no untrimmed mean, and per aspect the judges'
 * marks, the spread and the mean in the details.
 */
export async function writeJudgementResults(
  tx: Prisma.TransactionClient,
  round: RoundWithActivity,
  rule: JudgementMarksRule,
  recordedById: number,
  recordedAt: Date,
) {
  const entries = await judgementRoundEntries(tx, round);
  const outcome = judgementRoundResults(rule, entries);
  if (!outcome.ok) throw refusal("ROUND_CLOSE_REFUSED", outcome.reasons, "roundId", `“${round.name}”暂不能结束`);
  const judgeName = new Map(entries.flatMap((entry) => entry.judges.map((judge) => [judge.judgeId, judge.name])));
  const rows = outcome.entries.map((entry) => ({
    roundId: round.id,
    registrationId: entry.entryId,
    result: entry.result.toString(),
    untrimmedMean: null,
    details: {
      method: "JUDGEMENT_MARKS",
      methodLabel: judgementMarksResultLabel,
      aspects: entry.aspects.map((aspect) => ({
        aspectKey: aspect.aspectKey,
        name: aspect.name,
        marks: aspect.marks.map((mark) => ({
          judgeId: mark.judgeId,
          judge: judgeName.get(mark.judgeId),
          mark: mark.mark,
        })),
        spread: aspect.spread,
        mean: aspect.mean.toString(),
        meanDisplay: aspect.mean.toFixed(2),
      })),
      resultDisplay: entry.result.toFixed(2),
      working: entry.aspects.map((aspect) => `${aspect.name} ${aspect.mean.toString()}`).join(" + "),
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
