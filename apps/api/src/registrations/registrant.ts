/**
 * The worker who acts for an entry (withdraws it, resubmits it after a return): the only member of
 * an individual entry, the leader (队长, the registrant of a pair, a project's 负责人) of a pair, a
 * team or a project. Null for an entry no worker acts for (a unit's entry).
 */
export function registrantWorkerIdOf(members: readonly { workerId: number; isLeader: boolean }[]): number | null {
  if (members.length === 1) return members[0]?.workerId ?? null;
  return members.find((member) => member.isLeader)?.workerId ?? null;
}
