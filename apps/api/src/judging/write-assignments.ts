import type { Prisma } from "@jinzhou/db";
import { DomainError, type JudgeAssignment } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { type RoundWithActivity, refusal } from "./judging-access.ts";

/**
 * Makes the round's assignments of the given entries exactly `wanted`: assignments not wanted are
 * removed, new ones created, the others kept (with their sheets and excusals). An assignment whose
 * judge has a score sheet is never removed: the score would be lost. One audit entry, JUDGE_ASSIGN,
 * lists each changed entry's judges before and after. Runs inside the caller's transaction, after
 * the round's lock.
 */
export async function writeAssignments(
  tx: Prisma.TransactionClient,
  context: Context,
  round: RoundWithActivity,
  entries: readonly { id: number; name: string }[],
  wanted: readonly JudgeAssignment[],
  judgeNames: ReadonlyMap<number, string>,
  how: "MANUAL" | "BALANCED",
): Promise<void> {
  const entryIds = entries.map((entry) => entry.id);
  const existing = await tx.judgeAssignment.findMany({
    where: { roundId: round.id, registrationId: { in: entryIds } },
    select: { id: true, registrationId: true, judgeUserId: true, score: { select: { id: true } } },
  });
  const key = (entryId: number, judgeId: number) => `${entryId}:${judgeId}`;
  const wantedKeys = new Set(wanted.map((assignment) => key(assignment.entryId, assignment.judgeId)));
  const existingKeys = new Set(existing.map((row) => key(row.registrationId, row.judgeUserId)));
  const removed = existing.filter((row) => !wantedKeys.has(key(row.registrationId, row.judgeUserId)));
  const added = wanted.filter((assignment) => !existingKeys.has(key(assignment.entryId, assignment.judgeId)));
  const nameOfEntry = new Map(entries.map((entry) => [entry.id, entry.name]));
  const scored = removed.filter((row) => row.score !== null);
  if (scored.length > 0) {
    throw refusal(
      "JUDGE_ASSIGNMENT_REFUSED",
      scored.map((row) => ({
        code: "ASSIGNMENT_HAS_SCORE",
        message: `评委${judgeNames.get(row.judgeUserId) ?? row.judgeUserId}已为「${nameOfEntry.get(row.registrationId)}」填写评分，不能撤销这项分配`,
      })),
      "assignments",
      "不能这样分配评委",
    );
  }
  if (removed.length === 0 && added.length === 0) return;
  const actor = context.actor;
  if (!actor) throw new DomainError("UNAUTHENTICATED");
  if (removed.length > 0) await tx.judgeAssignment.deleteMany({ where: { id: { in: removed.map((row) => row.id) } } });
  if (added.length > 0) {
    await tx.judgeAssignment.createMany({
      data: added.map((assignment) => ({
        roundId: round.id,
        registrationId: assignment.entryId,
        judgeUserId: assignment.judgeId,
        assignedById: actor.userId,
      })),
    });
  }
  const changedEntries = new Set([...removed.map((row) => row.registrationId), ...added.map((a) => a.entryId)]);
  const judgesOf = (pairs: readonly { entryId: number; judgeId: number }[], entryId: number) =>
    pairs
      .filter((pair) => pair.entryId === entryId)
      .map((pair) => judgeNames.get(pair.judgeId) ?? String(pair.judgeId))
      .sort();
  const before = existing.map((row) => ({ entryId: row.registrationId, judgeId: row.judgeUserId }));
  const list = (pairs: readonly { entryId: number; judgeId: number }[]) =>
    [...changedEntries]
      .sort((a, b) => a - b)
      .map((entryId) => ({
        registrationId: entryId,
        entry: nameOfEntry.get(entryId),
        judges: judgesOf(pairs, entryId),
      }));
  await recordAuditEntry(tx, actor, {
    action: "JUDGE_ASSIGN",
    entityType: "Round",
    entityId: round.id,
    activityId: round.activityId,
    before: { assignments: list(before) },
    after: { how, assignments: list(wanted) },
  });
}
