import { DomainError } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import { checkSmsCode, type SmsCodeKind } from "./sms-codes.ts";

/** Why a worker asks for a code: to open their account (激活账号) or to set a new password (忘记密码). */
export type WorkerCodePurpose = "ACTIVATE" | "RESET_PASSWORD";

/** Each purpose signs its own challenges: an activation code never resets a password. */
export const workerCodeKinds: Record<WorkerCodePurpose, SmsCodeKind> = {
  ACTIVATE: {
    purpose: "worker-activate-code",
    tooFrequent: "WORKER_CODE_TOO_FREQUENT",
    invalid: "WORKER_CODE_INVALID",
  },
  RESET_PASSWORD: {
    purpose: "worker-reset-code",
    tooFrequent: "WORKER_CODE_TOO_FREQUENT",
    invalid: "WORKER_CODE_INVALID",
  },
};

/** The roster worker a code is about, with the account they may have. */
export const workerWithAccount = {
  id: true,
  name: true,
  phone: true,
  organizationId: true,
  organization: { select: { path: true } },
  user: { select: { id: true, role: true, active: true, passwordHash: true } },
} as const;

/**
 * What a worker code proves: the worker, and for a password reset also the password it replaces,
 * so that a reset challenge works once (after the reset its subject no longer matches).
 */
export function workerCodeSubject(
  context: Context,
  purpose: WorkerCodePurpose,
  workerId: number,
  passwordHash: string | null,
): string {
  if (purpose === "ACTIVATE") return `worker:${workerId}`;
  return `worker:${workerId}:${context.tokens.digest(`password:${passwordHash ?? ""}`).slice(0, 16)}`;
}

/** Refuses a worker whose account does not fit the purpose: one account per worker, none disabled. */
export function refuseAccountState(purpose: WorkerCodePurpose, account: { active: boolean } | null): void {
  if (account && !account.active) throw new DomainError("ACCOUNT_DISABLED");
  if (purpose === "ACTIVATE" && account) throw new DomainError("WORKER_ACCOUNT_EXISTS");
  if (purpose === "RESET_PASSWORD" && !account) throw new DomainError("WORKER_ACCOUNT_NOT_ACTIVATED");
}

/**
 * Checks a code and its challenge for the purpose and returns the worker it proves, read afresh:
 * the account state is checked again, since it may have changed since the code was sent.
 */
export async function workerProvedByCode(
  context: Context,
  purpose: WorkerCodePurpose,
  challenge: string,
  code: string,
) {
  const subject = await checkSmsCode(context, workerCodeKinds[purpose], challenge, code);
  const workerId = Number(/^worker:(\d+)(?::|$)/.exec(subject)?.[1]);
  const worker = Number.isSafeInteger(workerId)
    ? await context.prisma.worker.findUnique({ where: { id: workerId }, select: workerWithAccount })
    : null;
  if (!worker) throw new DomainError("WORKER_CODE_INVALID");
  refuseAccountState(purpose, worker.user);
  if (workerCodeSubject(context, purpose, worker.id, worker.user?.passwordHash ?? null) !== subject) {
    throw new DomainError("WORKER_CODE_INVALID");
  }
  return worker;
}
