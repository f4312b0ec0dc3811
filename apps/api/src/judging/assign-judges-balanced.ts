import { assignJudgesBalanced, DomainError } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import {
  entryNameOf,
  findRound,
  judgedEntryOf,
  judgeProfiles,
  judgingTransactionOptions,
  lockOpenRound,
  panelRoundOf,
  recusalsOf,
  refusal,
  requireJudgingStep,
  requireOpenRound,
  requireRoundManager,
  roundEntryRows,
} from "./judging-access.ts";
import { writeAssignments } from "./write-assignments.ts";

/**
 * Assigns the judges of a category's panel to the category's entries automatically (the domain's
 * assignJudgesBalanced): every entry gets the round's number of judges, never a conflicted judge
 * or one who declared a recusal, fewest assignments first (assignments in the round's other
 * categories count). It replaces the category's assignments; when some entry cannot get enough
 * judges, nothing is written and every such entry is named with who could not judge it and why.
 */
export async function assignJudgesAutomatically(
  context: Context,
  input: { roundId: number; categoryId: number },
): Promise<{ roundId: number; registrationIds: number[] }> {
  const round = await findRound(context, input.roundId);
  await requireRoundManager(context, round);
  const { judgesPerEntry } = panelRoundOf(round);
  requireJudgingStep("ASSIGN_JUDGES", round.activity.state);
  requireOpenRound(round);
  const category = await context.prisma.category.findFirst({
    where: { id: input.categoryId, activityId: round.activityId },
    select: { id: true, name: true },
  });
  if (!category) throw new DomainError("NOT_FOUND", [], "该活动没有这个组别");

  // Read and decided under the round's lock, so simultaneous assignments never mix.
  const entries = await context.prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, round);
    const rows = await roundEntryRows(tx, round.activityId, category.id);
    if (rows.length === 0) {
      throw new DomainError("JUDGE_ASSIGNMENT_REFUSED", [], `「${category.name}」没有审核通过的参赛对象`);
    }
    const seats = await tx.roundJudge.findMany({
      where: { roundId: round.id, categoryId: category.id },
      select: { judgeUserId: true },
    });
    const others = await tx.judgeAssignment.groupBy({
      by: ["judgeUserId"],
      where: { roundId: round.id, registration: { categoryId: { not: category.id } } },
      _count: { _all: true },
    });
    const judges = await judgeProfiles(
      tx,
      round.id,
      seats.map((seat) => seat.judgeUserId),
    );
    const outcome = assignJudgesBalanced({
      judges,
      entries: rows.map(judgedEntryOf),
      judgesPerEntry,
      recusals: await recusalsOf(
        tx,
        rows.map((entry) => entry.id),
      ),
      priorLoads: others.map((row) => ({ judgeId: row.judgeUserId, count: row._count._all })),
    });
    if (!outcome.ok) throw refusal("JUDGE_ASSIGNMENT_REFUSED", outcome.reasons, "categoryId", "不能自动分配评委");
    await writeAssignments(
      tx,
      context,
      round,
      rows.map((entry) => ({ id: entry.id, name: entryNameOf(entry) })),
      outcome.assignments,
      new Map(judges.map((judge) => [judge.judgeId, judge.name])),
      "BALANCED",
    );
    return rows;
  }, judgingTransactionOptions);
  return { roundId: round.id, registrationIds: entries.map((entry) => entry.id) };
}
