import {
  calendarDateToStored,
  type FieldError,
  validateWorkerInput,
  validationError,
  type WorkerInput,
} from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { workerAuditValues } from "./worker-audit-values.ts";
import { workerOrganization } from "./worker-organization.ts";

export async function createWorker(context: Context, input: WorkerInput & { organizationId: number }) {
  const actor = requireActor(context);
  const validated = validateWorkerInput(input, context.today);
  const errors: FieldError[] = validated.ok ? [] : [...validated.errors];
  const organization = await workerOrganization(context, actor, input.organizationId, errors);
  if (errors.length > 0 || !validated.ok || !organization) throw validationError(errors);
  const { birthDate, ...fields } = validated.value;
  try {
    return await context.prisma.$transaction(async (tx) => {
      const created = await tx.worker.create({
        data: { ...fields, birthDate: calendarDateToStored(birthDate), organizationId: organization.id },
      });
      await recordAuditEntry(tx, actor, {
        action: "WORKER_CREATE",
        entityType: "Worker",
        entityId: created.id,
        after: workerAuditValues(created),
      });
      return created;
    });
  } catch (error) {
    rethrowUniqueViolation(error, { idNumber: "WORKER_ID_NUMBER_TAKEN", memberCardNumber: "WORKER_MEMBER_CARD_TAKEN" });
  }
}
