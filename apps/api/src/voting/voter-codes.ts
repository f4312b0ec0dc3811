import { randomInt, timingSafeEqual } from "node:crypto";
import { DomainError, isMobilePhone, maskPhone, validationError } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import type { Logger } from "../logger.ts";

/**
 * Sends a verification code by SMS. The product has no SMS gateway yet: the embedded sender writes
 * one log line for the developer. A real gateway implements this interface and is installed with
 * `useVoterCodeSender`. The phone reaches the sender and nothing else; it never reaches a log.
 */
export interface VoterCodeSender {
  send(phone: string, code: string, log: Logger): Promise<void>;
}

/** Embedded mode: "短信验证码已发送至 139****1234", with the code in the same line for the developer. */
export const loggingVoterCodeSender: VoterCodeSender = {
  async send(phone, code, log) {
    log.info(`短信验证码已发送至 ${maskPhone(phone)}`, { developerOnlyCode: code });
  },
};

let sender: VoterCodeSender = loggingVoterCodeSender;

export function useVoterCodeSender(next: VoterCodeSender): void {
  sender = next;
}

/**
 * Kept in memory per API instance (the codes themselves are never stored): one code per phone a
 * minute, against SMS bombing and cost; five wrong codes kill a challenge, so a 6-digit code cannot
 * be guessed within its 5 minutes (with N instances at most 5 × N guesses of 1,000,000).
 */
export const resendIntervalSeconds = 60;
export const maxCodeFailures = 5;
const lastSentAt = new Map<string, number>();
const failures = new Map<string, { count: number; expiresAtMs: number }>();

function sweep(now: number): void {
  if (lastSentAt.size > 10_000) {
    for (const [key, sentAt] of lastSentAt) if (now - sentAt > resendIntervalSeconds * 1000) lastSentAt.delete(key);
  }
  if (failures.size > 10_000) {
    for (const [key, entry] of failures) if (entry.expiresAtMs < now) failures.delete(key);
  }
}

const challengePurpose = "voter-code";
const voterPurpose = "voter-phone";
/** A code is good for 5 minutes; a verified phone votes for 30 minutes before verifying again. */
export const codeLifetimeSeconds = 5 * 60;
export const voterTokenLifetimeSeconds = 30 * 60;

/**
 * Sends a 6-digit code and returns a signed challenge that carries the phone and an HMAC of the
 * phone and the code, so nothing is stored: whoever holds the challenge and the code proves the
 * phone. The HMAC is keyed with the server's secret, so the code cannot be guessed offline.
 */
export async function requestVoterCode(context: Context, phone: string) {
  const cleaned = phone.trim();
  if (!isMobilePhone(cleaned)) {
    throw validationError([
      { field: "phone", code: "VOTER_PHONE_INVALID", message: "手机号格式不正确，请填写 11 位手机号" },
    ]);
  }
  const now = Date.now();
  sweep(now);
  const phoneKey = context.tokens.digest(`phone:${cleaned}`);
  const sentAt = lastSentAt.get(phoneKey);
  if (sentAt !== undefined && now - sentAt < resendIntervalSeconds * 1000) {
    const wait = Math.ceil((resendIntervalSeconds * 1000 - (now - sentAt)) / 1000);
    throw new DomainError("VOTER_CODE_TOO_FREQUENT", [], `获取验证码过于频繁，请 ${wait} 秒后再试`);
  }
  lastSentAt.set(phoneKey, now);
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const challenge = await context.tokens.issueFor(
    challengePurpose,
    { phone: cleaned, codeHash: context.tokens.digest(`${cleaned}:${code}`) },
    codeLifetimeSeconds,
  );
  await sender.send(cleaned, code, context.log);
  return {
    challenge,
    maskedPhone: maskPhone(cleaned),
    expiresAt: new Date(Date.now() + codeLifetimeSeconds * 1000),
  };
}

/** Checks the code against the challenge and returns the voter token of the verified phone. */
export async function verifyVoterCode(context: Context, challenge: string, code: string) {
  const claims = await context.tokens.verifyFor(challengePurpose, challenge);
  const challengeKey = context.tokens.digest(`challenge:${challenge}`);
  const failed = failures.get(challengeKey);
  if (failed !== undefined && failed.count >= maxCodeFailures) {
    throw new DomainError("VOTER_CODE_INVALID", [], "验证码输错次数过多，请重新获取验证码");
  }
  const phone = typeof claims?.phone === "string" ? claims.phone : null;
  const expected = typeof claims?.codeHash === "string" ? Buffer.from(claims.codeHash, "hex") : Buffer.alloc(0);
  const given = phone === null ? Buffer.alloc(0) : Buffer.from(context.tokens.digest(`${phone}:${code.trim()}`), "hex");
  if (phone === null || expected.length !== given.length || !timingSafeEqual(expected, given)) {
    if (phone !== null) {
      failures.set(challengeKey, {
        count: (failed?.count ?? 0) + 1,
        expiresAtMs: Date.now() + codeLifetimeSeconds * 1000,
      });
    }
    throw new DomainError("VOTER_CODE_INVALID");
  }
  failures.delete(challengeKey);
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
