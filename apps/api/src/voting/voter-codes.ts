import { isMobilePhone, maskPhone, validationError } from "@jinzhou/domain";
import { checkSmsCode, type SmsCodeKind, sendSmsCode } from "../auth/sms-codes.ts";
import type { Context } from "../context.ts";

/** Voter codes: one code per phone a minute, five wrong codes kill a challenge (auth/sms-codes.ts). */
const voterCode: SmsCodeKind = {
  purpose: "voter-code",
  tooFrequent: "VOTER_CODE_TOO_FREQUENT",
  invalid: "VOTER_CODE_INVALID",
};
const voterPurpose = "voter-phone";
/** A verified phone votes for 30 minutes before verifying again. */
export const voterTokenLifetimeSeconds = 30 * 60;

/**
 * Sends a 6-digit code to the phone and returns a signed challenge whose subject is the phone
 * (auth/sms-codes.ts: nothing is stored; whoever holds the challenge and the code proves the phone).
 */
export async function requestVoterCode(context: Context, phone: string) {
  const cleaned = phone.trim();
  if (!isMobilePhone(cleaned)) {
    throw validationError([
      { field: "phone", code: "VOTER_PHONE_INVALID", message: "手机号格式不正确，请填写 11 位手机号" },
    ]);
  }
  const { challenge, maskedPhone, expiresAt } = await sendSmsCode(context, voterCode, cleaned, cleaned);
  return { challenge, maskedPhone, expiresAt };
}

/** Checks the code against the challenge and returns the voter token of the verified phone. */
export async function verifyVoterCode(context: Context, challenge: string, code: string) {
  const phone = await checkSmsCode(context, voterCode, challenge, code);
  return {
    voterToken: await context.tokens.issueFor(voterPurpose, { phone }, voterTokenLifetimeSeconds),
    maskedPhone: maskPhone(phone),
    expiresAt: new Date(Date.now() + voterTokenLifetimeSeconds * 1000),
  };
}

/** The verified phone a voter token names, or null when it is forged, expired or not a voter token. */
export async function verifiedPhoneOf(context: Context, voterToken: string): Promise<string | null> {
  const claims = await context.tokens.verifyFor(voterPurpose, voterToken);
  return typeof claims?.phone === "string" && isMobilePhone(claims.phone) ? claims.phone : null;
}
