import { checkJudgeAssignments, DomainError, type JudgeAssignment } from "@jinzhou/domain";
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

export interface ManualAssignment {
  registrationId: number;
  /** Every judge of this entry in the round; the entry's other assignments are removed. */
  judgeUserIds: readonly number[];
}

/**
 * The organizer assigns judges to entries by hand. Each entry listed gets exactly the judges given
 * (entries not listed keep theirs); the result is checked with the domain's rules for every entry
 * that has judges: the round's number of judges per entry, judges on the category's panel, never a
 * conflicted judge (本单位或下级单位) or one who declared a recusal. Every problem is returned at once
 * and nothing is written unless all is well.
 */
export async function assignJudges(
  context: Context,
  input: { roundId: number; assignments: readonly ManualAssignment[] },
): Promise<{ roundId: number; registrationIds: number[] }> {
  const round = await findRound(context, input.roundId);
  await requireRoundManager(context, round);
  const { judgesPerEntry } = panelRoundOf(round);
  requireJudgingStep("ASSIGN_JUDGES", round.activity.state);
  requireOpenRound(round);

  const listed = new Set<number>();
  for (const item of input.assignments) {
    if (listed.has(item.registrationId)) {
      throw new DomainError("BAD_REQUEST", [], `报名 ${item.registrationId} 在分配中出现了两次`);
    }
    listed.add(item.registrationId);
  }
  if (listed.size === 0) throw new DomainError("BAD_REQUEST", [], "请至少为一个参赛对象分配评委");

  // Everything is read and decided under the round's lock, so two organizers assigning at the same
  // time never leave an entry with the wrong number of judges.
  await context.prisma.$transaction(async (tx) => {
    await lockOpenRound(tx, round);
    const entries = await roundEntryRows(tx, round.activityId);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const id of listed) {
      if (!byId.has(id)) throw new DomainError("NOT_FOUND", [], `报名 ${id} 不是本轮的参赛对象`);
    }
    const existing = await tx.judgeAssignment.findMany({
      where: { roundId: round.id },
      select: { registrationId: true, judgeUserId: true },
    });
    const wanted: JudgeAssignment[] = [
      ...existing
        .filter((row) => !listed.has(row.registrationId) && byId.has(row.registrationId))
        .map((row) => ({ entryId: row.registrationId, judgeId: row.judgeUserId })),
      ...input.assignments.flatMap((item) =>
        [...new Set(item.judgeUserIds)].map((judgeId) => ({ entryId: item.registrationId, judgeId })),
      ),
    ];
    const judgeIds = [...new Set(wanted.map((assignment) => assignment.judgeId))];
    const judges = await judgeProfiles(tx, round.id, judgeIds);
    const notJudges = judgeIds.filter((id) => !judges.some((judge) => judge.judgeId === id));
    if (notJudges.length > 0) throw new DomainError("NOT_FOUND", [], `用户 ${notJudges.join("、")} 不存在`);
    const roles = await tx.user.findMany({
      where: { id: { in: judgeIds }, NOT: { role: "JUDGE" } },
      select: { displayName: true },
    });
    const entryOf = (id: number) => byId.get(id) as (typeof entries)[number];
    const judgedEntries = [...new Set(wanted.map((assignment) => assignment.entryId))].map((id) =>
      judgedEntryOf(entryOf(id)),
    );
    const reasons = [
      ...roles.map((user) => ({ entryId: null, code: "NOT_A_JUDGE", message: `${user.displayName}不是评委账号` })),
      ...checkJudgeAssignments({
        judges,
        entries: judgedEntries,
        judgesPerEntry,
        recusals: await recusalsOf(
          tx,
          judgedEntries.map((entry) => entry.entryId),
        ),
        assignments: wanted,
      }),
    ];
    if (reasons.length > 0) throw refusal("JUDGE_ASSIGNMENT_REFUSED", reasons, "assignments", "不能这样分配评委");
    await writeAssignments(
      tx,
      context,
      round,
      [...listed].map((id) => ({ id, name: entryNameOf(entryOf(id)) })),
      wanted.filter((assignment) => listed.has(assignment.entryId)),
      new Map(judges.map((judge) => [judge.judgeId, judge.name])),
      "MANUAL",
    );
  }, judgingTransactionOptions);
  return { roundId: round.id, registrationIds: [...listed] };
}
