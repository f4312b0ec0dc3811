import type { Reason } from "../errors.ts";
import { isMobilePhone } from "../worker.ts";

/**
 * Who casts a ballot. Anonymous votes are refused: a voter is a phone number verified by SMS code,
 * or a signed-in worker account.
 */
export type VoterIdentity =
  | { kind: "PHONE"; phone: string; verified: boolean }
  | { kind: "WORKER_ACCOUNT"; workerId: number }
  | { kind: "ANONYMOUS" };

/**
 * The key the daily limit counts by: "phone:13904161234" or "worker:42". A worker who also votes
 * by phone would count twice, so the API should resolve a phone that belongs to a worker to the
 * worker's key before calling this.
 */
export function voterKeyOf(voter: VoterIdentity): string | null {
  if (voter.kind === "WORKER_ACCOUNT") return `worker:${voter.workerId}`;
  if (voter.kind === "PHONE" && voter.verified && isMobilePhone(voter.phone)) return `phone:${voter.phone}`;
  return null;
}

/** Why a voter cannot vote at all; empty for an identified voter. */
export function voterIdentityReasons(voter: VoterIdentity): Reason[] {
  if (voterKeyOf(voter) !== null) return [];
  if (voter.kind === "PHONE" && !isMobilePhone(voter.phone)) {
    return [{ code: "VOTER_PHONE_INVALID", message: "手机号格式不正确，请填写 11 位手机号并完成短信验证" }];
  }
  if (voter.kind === "PHONE" && !voter.verified) {
    return [{ code: "VOTER_PHONE_NOT_VERIFIED", message: "手机号尚未通过短信验证，验证后才能投票" }];
  }
  return [{ code: "VOTER_NOT_IDENTIFIED", message: "不接受匿名投票，请先验证手机号或登录职工账号" }];
}
