import {
  calendarDateToStored,
  DomainError,
  type FieldError,
  mayManageWorkersAt,
  type PositionCategory,
  type SkillGrade,
  validateWorkerInput,
  validationError,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { workerAuditValues } from "./worker-audit-values.ts";
import { workerOrganization } from "./worker-organization.ts";
import { findVisibleWorker } from "./worker-scope.ts";

/** A change: an absent field stays as it is; null clears an optional field. */
export interface WorkerChange {
  name?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  organizationId?: number | null;
  trade?: string | null;
  skillGrade?: SkillGrade | null;
  positionCategory?: PositionCategory | null;
  migrantWorker?: boolean | null;
  memberCardNumber?: string | null;
}

export async function updateWorker(context: Context, id: number, change: WorkerChange) {
  const actor = requireActor(context);
  const existing = await findVisibleWorker(context, id);
  if (!mayManageWorkersAt(actor, existing.organization.path)) throw new DomainError("FORBIDDEN");

  const validated = validateWorkerInput(
    {
      name: change.name === undefined ? existing.name : (change.name ?? ""),
      idNumber: change.idNumber === undefined ? existing.idNumber : (change.idNumber ?? ""),
      phone: change.phone === undefined ? existing.phone : (change.phone ?? ""),
      trade: change.trade === undefined ? existing.trade : (change.trade ?? ""),
      skillGrade: change.skillGrade === undefined ? existing.skillGrade : change.skillGrade,
      positionCategory: (change.positionCategory === undefined
        ? existing.positionCategory
        : change.positionCategory) as PositionCategory,
      migrantWorker: change.migrantWorker ?? existing.migrantWorker,
      memberCardNumber: change.memberCardNumber === undefined ? existing.memberCardNumber : change.memberCardNumber,
    },
    context.today,
  );
  const errors: FieldError[] = validated.ok ? [] : [...validated.errors];
  const organizationId = change.organizationId ?? existing.organizationId;
  const organization =
    organizationId === existing.organizationId
      ? { id: existing.organizationId }
      : await workerOrganization(context, actor, organizationId, errors);
  if (errors.length > 0 || !validated.ok || !organization) throw validationError(errors);

  const { birthDate, ...fields } = validated.value;
  try {
    return await context.prisma.$transaction(async (tx) => {
      const updated = await tx.worker.update({
        where: { id },
        data: { ...fields, birthDate: calendarDateToStored(birthDate), organizationId: organization.id },
      });
      await recordAuditEntry(tx, actor, {
        action: "WORKER_UPDATE",
        entityType: "Worker",
        entityId: id,
        before: workerAuditValues(existing),
        after: workerAuditValues(updated),
      });
      return updated;
    });
  } catch (error) {
    rethrowUniqueViolation(error, { idNumber: "WORKER_ID_NUMBER_TAKEN", memberCardNumber: "WORKER_MEMBER_CARD_TAKEN" });
  }
}
