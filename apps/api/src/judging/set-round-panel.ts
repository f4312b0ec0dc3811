import { DomainError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import {
  findRound,
  judgingTransactionOptions,
  lockOpenRound,
  panelRoundOf,
  refusal,
  requireJudgingStep,
  requireOpenRound,
  requireRoundManager,
} from "./judging-access.ts";

export interface RoundPanelChange {
  roundId: number;
  categoryId: number;
  /** Every judge who sits on the category's panel in this round; judges left out are unseated. */
  judgeUserIds: readonly number[];
}

/**
 * Seats the judges of one category's panel (评委组) in a criteria-scoring round, or the members of a
 * committee vote (评审委员会表决): the list given replaces the panel. Only users with the role 评委 may
 * sit; a judge who already has entries of the category assigned in the round keeps their seat until
 * those assignments are changed.
 */
export async function setRoundPanel(context: Context, change: RoundPanelChange) {
  const round = await findRound(context, change.roundId);
  await requireRoundManager(context, round);
  panelRoundOf(round);
  requireJudgingStep("SEAT_PANEL", round.activity.state);
  requireOpenRound(round);
  const category = await context.prisma.category.findFirst({
    where: { id: change.categoryId, activityId: round.activityId },
    select: { id: true, name: true },
  });
  if (!category) throw new DomainError("NOT_FOUND", [], "该活动没有这个组别");

  const wanted = [...new Set(change.judgeUserIds)];
  const [users, seats, assigned] = await Promise.all([
    context.prisma.user.findMany({
      where: { id: { in: wanted } },
      select: { id: true, displayName: true, role: true, active: true },
    }),
    context.prisma.roundJudge.findMany({
      where: { roundId: round.id, categoryId: category.id },
      select: { id: true, judgeUserId: true, judge: { select: { displayName: true } } },
    }),
    context.prisma.judgeAssignment.findMany({
      where: { roundId: round.id, registration: { categoryId: category.id } },
      select: { judgeUserId: true, judge: { select: { displayName: true } } },
      distinct: ["judgeUserId"],
    }),
  ]);
  const reasons = wanted.flatMap((id) => {
    const user = users.find((candidate) => candidate.id === id);
    if (!user) return [{ code: "JUDGE_NOT_FOUND", message: `用户 ${id} 不存在` }];
    if (user.role !== "JUDGE") return [{ code: "NOT_A_JUDGE", message: `${user.displayName}不是评委账号` }];
    if (!user.active) return [{ code: "JUDGE_INACTIVE", message: `评委${user.displayName}的账号已停用` }];
    return [];
  });
  for (const row of assigned) {
    if (!wanted.includes(row.judgeUserId)) {
      reasons.push({
        code: "JUDGE_HAS_ASSIGNMENTS",
        message: `评委${row.judge.displayName}已分配到「${category.name}」的参赛对象，请先调整分配再移出评委组`,
      });
    }
  }
  if (reasons.length > 0) throw refusal("JUDGE_PANEL_REFUSED", reasons, "judgeUserIds", "不能这样设置评委组");

  const seated = new Set(seats.map((seat) => seat.judgeUserId));
  const removed = seats.filter((seat) => !wanted.includes(seat.judgeUserId));
  const added = wanted.filter((id) => !seated.has(id));
  const nameOf = (id: number) => users.find((user) => user.id === id)?.displayName ?? String(id);
  await context.prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, round);
    if (removed.length > 0) await tx.roundJudge.deleteMany({ where: { id: { in: removed.map((seat) => seat.id) } } });
    if (added.length > 0) {
      await tx.roundJudge.createMany({
        data: added.map((judgeUserId) => ({ roundId: round.id, categoryId: category.id, judgeUserId })),
      });
    }
    if (removed.length === 0 && added.length === 0) return;
    await recordAuditEntry(tx, context.actor, {
      action: "JUDGE_PANEL_SET",
      entityType: "Round",
      entityId: round.id,
      activityId: round.activityId,
      before: { category: category.name, judges: seats.map((seat) => seat.judge.displayName) },
      after: { category: category.name, judges: wanted.map(nameOf) },
    });
  }, judgingTransactionOptions);
  return round;
}
