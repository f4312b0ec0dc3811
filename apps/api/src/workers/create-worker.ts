import {
  calendarDateToStored,
  type FieldError,
  validateWorkerInput,
  validationError,
  type WorkerInput,
} from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { rethrowUniqueViolation } from "../unique-violation.ts";
import { workerOrganization } from "./worker-organization.ts";

export async function createWorker(context: Context, input: WorkerInput & { organizationId: number }) {
  const actor = requireActor(context);
  const validated = validateWorkerInput(input, context.today);
  const errors: FieldError[] = validated.ok ? [] : [...validated.errors];
  const organization = await workerOrganization(context, actor, input.organizationId, errors);
  if (errors.length > 0 || !validated.ok || !organization) throw validationError(errors);
  const { birthDate, ...fields } = validated.value;
  try {
    return await context.prisma.worker.create({
      data: { ...fields, birthDate: calendarDateToStored(birthDate), organizationId: organization.id },
    });
  } catch (error) {
    rethrowUniqueViolation(error, { idNumber: "WORKER_ID_NUMBER_TAKEN", memberCardNumber: "WORKER_MEMBER_CARD_TAKEN" });
  }
}
