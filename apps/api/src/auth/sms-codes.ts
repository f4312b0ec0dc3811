import { randomInt, timingSafeEqual } from "node:crypto";
import { DomainError, type ErrorCode, maskPhone } from "@jinzhou/domain";
import type { Context } from "../context.ts";
import type { Logger } from "../logger.ts";

/**
 * Sends a verification code by SMS. The product has no SMS gateway yet: the embedded sender writes
 * one log line for the developer. A real gateway implements this interface and is installed with
 * `useSmsCodeSender`. The phone reaches the sender and nothing else; it never reaches a log.
 */
export interface SmsCodeSender {
  send(phone: string, code: string, log: Logger): Promise<void>;
}

/** Embedded mode: "短信验证码已发送至 139****1234", with the code in the same line for the developer. */
export const loggingSmsCodeSender: SmsCodeSender = {
  async send(phone, code, log) {
    log.info(`短信验证码已发送至 ${maskPhone(phone)}`, { developerOnlyCode: code });
  },
};

let sender: SmsCodeSender = loggingSmsCodeSender;

export function useSmsCodeSender(next: SmsCodeSender): void {
  sender = next;
}

/**
 * Kept in memory per API instance (the codes themselves are never stored): one code per phone and
 * kind a minute, against SMS bombing and cost; five wrong codes kill a challenge, so a 6-digit code
 * cannot be guessed within its 5 minutes (with N instances at most 5 × N guesses of 1,000,000).
 */
export const resendIntervalSeconds = 60;
export const maxCodeFailures = 5;
/** A code is good for 5 minutes. */
export const codeLifetimeSeconds = 5 * 60;
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

/** What a kind of code is for, and the codes its refusals carry. */
export interface SmsCodeKind {
  /** The purpose its challenges are signed for (e.g. "voter-code"): a challenge never verifies as another kind. */
  purpose: string;
  /** "获取验证码过于频繁，请 N 秒后再试". */
  tooFrequent: ErrorCode;
  /** A wrong or expired code, or a challenge killed by too many wrong codes. */
  invalid: ErrorCode;
}

export interface SentSmsCode {
  challenge: string;
  maskedPhone: string;
  expiresAt: Date;
  /** When another code may be asked for the same phone. */
  resendAfterSeconds: number;
}

/**
 * Sends a 6-digit code to `phone` and returns a signed challenge that carries `subject` (what the
 * code proves: a phone, a worker) and an HMAC of the subject and the code, so nothing is stored:
 * whoever holds the challenge and the code proves the subject. The HMAC is keyed with the
 * server's secret, so the code cannot be guessed offline. `phone` must already be a valid mobile.
 */
export async function sendSmsCode(
  context: Context,
  kind: SmsCodeKind,
  phone: string,
  subject: string,
): Promise<SentSmsCode> {
  const now = Date.now();
  sweep(now);
  const phoneKey = context.tokens.digest(`${kind.purpose}:phone:${phone}`);
  const sentAt = lastSentAt.get(phoneKey);
  if (sentAt !== undefined && now - sentAt < resendIntervalSeconds * 1000) {
    const wait = Math.ceil((resendIntervalSeconds * 1000 - (now - sentAt)) / 1000);
    throw new DomainError(kind.tooFrequent, [], `获取验证码过于频繁，请 ${wait} 秒后再试`);
  }
  lastSentAt.set(phoneKey, now);
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const challenge = await context.tokens.issueFor(
    kind.purpose,
    { subject, codeHash: context.tokens.digest(`${subject}:${code}`) },
    codeLifetimeSeconds,
  );
  await sender.send(phone, code, context.log);
  return {
    challenge,
    maskedPhone: maskPhone(phone),
    expiresAt: new Date(Date.now() + codeLifetimeSeconds * 1000),
    resendAfterSeconds: resendIntervalSeconds,
  };
}

/**
 * Checks the code against the challenge and returns the subject it proves. A forged, expired or
 * other-kind challenge and a wrong code are refused alike; five wrong codes kill the challenge.
 */
export async function checkSmsCode(context: Context, kind: SmsCodeKind, challenge: string, code: string) {
  const claims = await context.tokens.verifyFor(kind.purpose, challenge);
  const challengeKey = context.tokens.digest(`challenge:${challenge}`);
  const failed = failures.get(challengeKey);
  if (failed !== undefined && failed.count >= maxCodeFailures) {
    throw new DomainError(kind.invalid, [], "验证码输错次数过多，请重新获取验证码");
  }
  const subject = typeof claims?.subject === "string" ? claims.subject : null;
  const expected = typeof claims?.codeHash === "string" ? Buffer.from(claims.codeHash, "hex") : Buffer.alloc(0);
  const given =
    subject === null ? Buffer.alloc(0) : Buffer.from(context.tokens.digest(`${subject}:${code.trim()}`), "hex");
  if (subject === null || expected.length !== given.length || !timingSafeEqual(expected, given)) {
    if (subject !== null) {
      failures.set(challengeKey, {
        count: (failed?.count ?? 0) + 1,
        expiresAtMs: Date.now() + codeLifetimeSeconds * 1000,
      });
    }
    throw new DomainError(kind.invalid);
  }
  failures.delete(challengeKey);
  return subject;
}
