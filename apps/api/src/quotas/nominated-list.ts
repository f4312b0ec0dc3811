import type { Prisma, PrismaClient } from "@jinzhou/db";
import {
  type ActivityConfiguration,
  type CompositionCandidate,
  type CompositionEvaluation,
  type CompositionLimit,
  type CompositionOverride,
  checkNominationQuota,
  compositionCandidateFacts,
  evaluateComposition,
  type NominationQuotaStatus,
  type RegistrationState,
  storedToCalendarDate,
} from "@jinzhou/domain";

/** A database handle inside or outside a transaction. */
export type Reader = PrismaClient | Prisma.TransactionClient;

/** Nominations that hold a place: everything but 未通过 and 已撤销. */
export const liveNominationWhere: Prisma.RegistrationWhereInput = {
  state: { notIn: ["REJECTED", "WITHDRAWN"] satisfies RegistrationState[] },
};

export const candidateWorkerSelect = {
  id: true,
  positionCategory: true,
  gender: true,
  birthDate: true,
  migrantWorker: true,
  skillGrade: true,
  organization: { select: { ownership: true, grassrootsClass: true } },
} as const satisfies Prisma.WorkerSelect;

type CandidateWorker = Prisma.WorkerGetPayload<{ select: typeof candidateWorkerSelect }>;

/** The date youth is counted on: the registration deadline, else today. */
export function compositionReferenceDate(activity: { registrationClosesOn: string | null }, today: string): string {
  return activity.registrationClosesOn ?? today;
}

export function candidateOf(id: string | number, worker: CandidateWorker, referenceDate: string): CompositionCandidate {
  return {
    id,
    facts: compositionCandidateFacts(
      {
        positionCategory: worker.positionCategory,
        gender: worker.gender,
        birthDate: storedToCalendarDate(worker.birthDate),
        migrantWorker: worker.migrantWorker,
        skillGrade: worker.skillGrade,
      },
      { ownership: worker.organization.ownership, grassrootsClass: worker.organization.grassrootsClass },
      referenceDate,
    ),
  };
}

/** The live nominated list: of one quota, or (quotaId undefined) of the whole activity. */
export async function nominatedCandidates(
  db: Reader,
  activityId: number,
  quotaId: number | undefined,
  referenceDate: string,
): Promise<CompositionCandidate[]> {
  const rows = await db.registration.findMany({
    where: {
      activityId,
      channel: "UNIT_NOMINATION",
      ...(quotaId === undefined ? { quotaId: { not: null } } : { quotaId }),
      ...liveNominationWhere,
    },
    orderBy: { id: "asc" },
    select: { id: true, members: { select: { worker: { select: candidateWorkerSelect } }, take: 1 } },
  });
  return rows.flatMap((row) => {
    const worker = row.members[0]?.worker;
    return worker ? [candidateOf(row.id, worker, referenceDate)] : [];
  });
}

/** Overrides that apply to one organization's list (its own, and the activity-wide ones), or to the whole list. */
export async function compositionOverrides(
  db: Reader,
  activityId: number,
  organizationId: number | null,
): Promise<CompositionOverride[]> {
  const rows = await db.compositionOverride.findMany({
    where: {
      activityId,
      ...(organizationId === null ? { organizationId: null } : { OR: [{ organizationId }, { organizationId: null }] }),
    },
    orderBy: { id: "asc" },
    include: { grantedBy: { select: { role: true, displayName: true } } },
  });
  return rows.map((row) => ({
    grantedBy: { userId: row.grantedById, role: row.grantedBy.role, name: row.grantedBy.displayName },
    reason: row.reason,
    limitKey: row.limitKey,
    acceptedCount: row.acceptedCount,
    acceptedListSize: row.acceptedListSize,
  }));
}

export function compositionLimitsOf(configuration: ActivityConfiguration): readonly CompositionLimit[] {
  return configuration.compositionLimits ?? [];
}

export interface QuotaState {
  quota: { id: number; activityId: number; organizationId: number; allocatedPlaces: number; extraPlaces: number };
  status: NominationQuotaStatus;
}

/** A quota's places: allocated, extra, used by live nominations and remaining (domain checkNominationQuota). */
export async function quotaStatus(
  db: Reader,
  quota: QuotaState["quota"] & { organization: { code: string; name: string } },
): Promise<NominationQuotaStatus> {
  const nominatedCount = await db.registration.count({ where: { quotaId: quota.id, ...liveNominationWhere } });
  return quotaStatusFromCount(quota, nominatedCount);
}

/** The same, for a count read elsewhere (a list's batched count). */
export function quotaStatusFromCount(
  quota: QuotaState["quota"] & { organization: { code: string; name: string } },
  nominatedCount: number,
): NominationQuotaStatus {
  return checkNominationQuota({
    organizationCode: quota.organization.code,
    organizationName: quota.organization.name,
    allocatedPlaces: quota.allocatedPlaces,
    nominatedCount,
    overrides:
      quota.extraPlaces > 0
        ? [
            {
              organizationCode: quota.organization.code,
              extraPlaces: quota.extraPlaces,
              reason: "追加名额",
              grantedBy: { userId: 0, role: "ORGANIZER", name: "主办部门" },
            },
          ]
        : [],
  });
}

/** A quota's list against the activity's composition limits, with the overrides that apply. */
export async function quotaComposition(
  db: Reader,
  activity: { id: number; configuration: unknown; registrationClosesOn: string | null },
  quota: { id: number; organizationId: number } | null,
  today: string,
): Promise<CompositionEvaluation> {
  const configuration = activity.configuration as ActivityConfiguration;
  const referenceDate = compositionReferenceDate(activity, today);
  const candidates = await nominatedCandidates(db, activity.id, quota?.id, referenceDate);
  const overrides = await compositionOverrides(db, activity.id, quota?.organizationId ?? null);
  return evaluateComposition(compositionLimitsOf(configuration), candidates, overrides);
}
