// The API of worker accounts (docs: requestWorkerCode, activateWorkerAccount, resetWorkerPassword, login).
import type { RosterFields } from "./roster-fields.ts";

export type WorkerCodePurpose = "ACTIVATE" | "RESET_PASSWORD";

/** The answer to requestWorkerCode: the code went to the roster phone (shown masked). */
export interface WorkerCodeChallenge {
  challenge: string;
  maskedPhone: string;
  expiresAt: string;
  resendAfterSeconds: number;
}

/** What login, activation and password reset answer: a token and who signed in. */
export interface LoginPayload {
  token: string;
  user: { displayName: string; role: string };
}

const loginPayloadFields = "token user { displayName role }";

export const loginMutation = `mutation PortalLogin($username: String!, $password: String!) {
  login(username: $username, password: $password) { ${loginPayloadFields} }
}`;

export const requestWorkerCodeMutation = `mutation PortalRequestWorkerCode(
  $purpose: WorkerCodePurpose!, $name: String!, $idNumber: String!, $phone: String!
) {
  requestWorkerCode(purpose: $purpose, name: $name, idNumber: $idNumber, phone: $phone) {
    challenge maskedPhone expiresAt resendAfterSeconds
  }
}`;

/** The mutation that finishes each purpose with the code and the new password. */
export const finishMutations: Record<WorkerCodePurpose, { field: string; document: string }> = {
  ACTIVATE: {
    field: "activateWorkerAccount",
    document: `mutation PortalActivate($challenge: String!, $code: String!, $password: String!) {
      activateWorkerAccount(challenge: $challenge, code: $code, password: $password) { ${loginPayloadFields} }
    }`,
  },
  RESET_PASSWORD: {
    field: "resetWorkerPassword",
    document: `mutation PortalResetPassword($challenge: String!, $code: String!, $password: String!) {
      resetWorkerPassword(challenge: $challenge, code: $code, password: $password) { ${loginPayloadFields} }
    }`,
  },
};

export type RequestWorkerCodeVariables = { [Field in keyof RosterFields]: string } & { purpose: WorkerCodePurpose };
export type FinishVariables = { challenge: string; code: string; password: string };
