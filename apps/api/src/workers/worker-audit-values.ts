import type { Worker } from "@jinzhou/db";
import { storedToCalendarDate } from "@jinzhou/domain";

/** A worker as the audit log records it (recordAuditEntry masks the ID and phone numbers). */
export function workerAuditValues(worker: Worker) {
  return {
    id: worker.id,
    name: worker.name,
    idNumber: worker.idNumber,
    phone: worker.phone,
    gender: worker.gender,
    birthDate: storedToCalendarDate(worker.birthDate),
    organizationId: worker.organizationId,
    trade: worker.trade,
    skillGrade: worker.skillGrade,
    positionCategory: worker.positionCategory,
    migrantWorker: worker.migrantWorker,
    memberCardNumber: worker.memberCardNumber,
  };
}
