import type { Prisma } from "@jinzhou/db";
import { type ActivityConfiguration, committeeVoteScoringRule, DomainError } from "@jinzhou/domain";

/**
 * Makes the activity's round and criterion rows say what its configuration says, matched by key
 * (RoundDefinition.key, Criterion.key), the way syncCategories does for categories: new keys are
 * created, existing ones updated, missing ones deleted. A round that already has assignments,
 * results, draws, ballots or votes is never deleted (RECORD_IN_USE). A judgement-marks round keeps
 * its aspects as criteria with the maximum "3"; a committee vote has the one criterion of its
 * members' sheet, `favour` (表决（1 = 赞成，0 = 不赞成）, max "1"). Call it in the transaction that writes the
 * configuration. Returns the round keys created, updated and deleted, for the audit entry.
 */
export async function syncRounds(
  tx: Prisma.TransactionClient,
  activityId: number,
  configuration: ActivityConfiguration,
): Promise<{ created: string[]; updated: string[]; deleted: string[] }> {
  const existing = await tx.round.findMany({
    where: { activityId },
    include: { criteria: true },
  });
  const rounds = configuration.rounds ?? [];
  const wanted = new Set(rounds.map((round) => round.key));
  const gone = existing.filter((round) => !wanted.has(round.key));
  if (gone.length > 0) {
    const ids = gone.map((round) => round.id);
    const where = { roundId: { in: ids } };
    const assignments = await tx.judgeAssignment.count({ where });
    const results = await tx.roundResult.count({ where });
    const draws = await tx.tournamentDraw.count({ where });
    const ballots = await tx.ballot.count({ where });
    if (assignments + results + draws + ballots > 0) {
      const names = gone.map((round) => `“${round.name}”`).join("、");
      throw new DomainError("RECORD_IN_USE", [
        { field: "configuration.rounds", code: "RECORD_IN_USE", message: `轮次${names}已有评审数据，不能删除` },
      ]);
    }
    await tx.roundJudge.deleteMany({ where: { roundId: { in: ids } } });
    await tx.criterion.deleteMany({ where: { roundId: { in: ids } } });
    await tx.round.deleteMany({ where: { id: { in: ids } } });
  }
  const byKey = new Map(existing.map((round) => [round.key, round]));
  const created: string[] = [];
  const updated: string[] = [];
  for (const [sortOrder, round] of rounds.entries()) {
    const data = {
      name: round.name.trim(),
      kind: round.kind,
      weight: round.weight.trim(),
      maxResult: round.maxResult.trim(),
      sortOrder,
    };
    const criteria = criteriaOf(round);
    const row = byKey.get(round.key);
    if (!row) {
      await tx.round.create({
        data: { activityId, key: round.key, ...data, criteria: { create: criteria } },
      });
      created.push(round.key);
      continue;
    }
    const roundChanged =
      row.name !== data.name ||
      row.kind !== data.kind ||
      row.weight !== data.weight ||
      row.maxResult !== data.maxResult ||
      row.sortOrder !== sortOrder;
    if (roundChanged) await tx.round.update({ where: { id: row.id }, data });
    const criteriaChanged = await syncCriteria(tx, row.id, row.criteria, criteria);
    if (roundChanged || criteriaChanged) updated.push(round.key);
  }
  return { created, updated, deleted: gone.map((round) => round.key) };
}

type CriterionData = { key: string; name: string; max: string; sortOrder: number };

function criteriaOf(round: ActivityConfiguration["rounds"][number]): CriterionData[] {
  if (round.criteriaScoring) {
    return round.criteriaScoring.criteria.map((criterion, sortOrder) => ({
      key: criterion.key,
      name: criterion.name.trim(),
      max: criterion.max.trim(),
      sortOrder,
    }));
  }
  if (round.kind === "COMMITTEE_VOTE") {
    // The committee member's one-item sheet (赞成 1 / 不赞成 0), shown as the round's criterion.
    return committeeVoteScoringRule().criteria.map((criterion, sortOrder) => ({ ...criterion, sortOrder }));
  }
  if (round.judgementMarks) {
    return round.judgementMarks.aspects.map((aspect, sortOrder) => ({
      key: aspect.key,
      name: aspect.name.trim(),
      max: "3",
      sortOrder,
    }));
  }
  return [];
}

async function syncCriteria(
  tx: Prisma.TransactionClient,
  roundId: number,
  existing: readonly { id: number; key: string; name: string; max: string; sortOrder: number }[],
  wanted: readonly CriterionData[],
): Promise<boolean> {
  let changed = false;
  const wantedKeys = new Set(wanted.map((criterion) => criterion.key));
  const gone = existing.filter((criterion) => !wantedKeys.has(criterion.key));
  if (gone.length > 0) {
    await tx.criterion.deleteMany({ where: { id: { in: gone.map((criterion) => criterion.id) } } });
    changed = true;
  }
  const byKey = new Map(existing.map((criterion) => [criterion.key, criterion]));
  for (const criterion of wanted) {
    const row = byKey.get(criterion.key);
    if (!row) {
      await tx.criterion.create({ data: { roundId, ...criterion } });
      changed = true;
    } else if (row.name !== criterion.name || row.max !== criterion.max || row.sortOrder !== criterion.sortOrder) {
      await tx.criterion.update({ where: { id: row.id }, data: criterion });
      changed = true;
    }
  }
  return changed;
}
