import {
  DomainError,
  type FieldError,
  idNumberProblemMessages,
  isMobilePhone,
  parseIdNumber,
  validationError,
} from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { countFailedRosterCheck, refuseThrottledRosterChecks } from "./roster-check-throttle.ts";
import { sendSmsCode } from "./sms-codes.ts";
import {
  refuseAccountState,
  type WorkerCodePurpose,
  workerCodeKinds,
  workerCodeSubject,
  workerWithAccount,
} from "./worker-codes.ts";

/** A name as the roster stores it: trimmed, inner runs of spaces as one. */
function rosterName(name: string): string {
  return name.trim().replace(/\s+/g, " ");
}

/** A phone as the roster stores it: spaces and dashes dropped. */
function rosterPhone(phone: string): string {
  return phone.replace(/[\s-]/g, "");
}

/**
 * A worker asks for an SMS code to open their account or to set a new password, without signing
 * in. They must be in the roster: a worker with this ID number, this name and this phone. Any
 * mismatch gets one and the same refusal, so nobody can learn which part was wrong, and counts
 * against the client address (roster-check-throttle.ts). The code goes to the roster phone.
 */
export async function requestWorkerCode(
  context: Context,
  input: { purpose: WorkerCodePurpose; name: string; idNumber: string; phone: string },
) {
  refuseThrottledRosterChecks(context.clientAddress);
  const errors: FieldError[] = [];
  const name = rosterName(input.name);
  if (name === "") errors.push({ field: "name", code: "REQUIRED", message: "请填写姓名" });
  const id = parseIdNumber(input.idNumber, context.today);
  if (!id.ok) errors.push({ field: "idNumber", code: id.problem, message: idNumberProblemMessages[id.problem] });
  const phone = rosterPhone(input.phone);
  if (phone === "") errors.push({ field: "phone", code: "REQUIRED", message: "请填写手机号" });
  else if (!isMobilePhone(phone)) {
    errors.push({ field: "phone", code: "PHONE_FORMAT", message: "手机号应为 11 位数字，以 13–19 开头" });
  }
  if (errors.length > 0 || !id.ok) throw validationError(errors);

  const worker = await context.prisma.worker.findUnique({
    where: { idNumber: id.value.idNumber },
    select: workerWithAccount,
  });
  if (!worker || rosterName(worker.name) !== name || rosterPhone(worker.phone) !== phone) {
    countFailedRosterCheck(context.clientAddress);
    throw new DomainError("ROSTER_MISMATCH");
  }
  refuseAccountState(input.purpose, worker.user);
  const subject = workerCodeSubject(context, input.purpose, worker.id, worker.user?.passwordHash ?? null);
  return sendSmsCode(context, workerCodeKinds[input.purpose], phone, subject);
}
