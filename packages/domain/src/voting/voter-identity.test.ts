import { describe, expect, it } from "vitest";
import { voterIdentityReasons, voterKeyOf } from "./voter-identity.ts";

describe("voter identity", () => {
  it("keys a verified phone and a worker account", () => {
    expect(voterKeyOf({ kind: "PHONE", phone: "13904161234", verified: true })).toBe("phone:13904161234");
    expect(voterKeyOf({ kind: "WORKER_ACCOUNT", workerId: 42 })).toBe("worker:42");
    expect(voterIdentityReasons({ kind: "WORKER_ACCOUNT", workerId: 42 })).toEqual([]);
  });

  it("refuses anonymous voters, unverified phones and malformed phones", () => {
    expect(voterKeyOf({ kind: "ANONYMOUS" })).toBeNull();
    expect(voterIdentityReasons({ kind: "ANONYMOUS" })).toEqual([
      { code: "VOTER_NOT_IDENTIFIED", message: "不接受匿名投票，请先验证手机号或登录职工账号" },
    ]);
    expect(voterKeyOf({ kind: "PHONE", phone: "13904161234", verified: false })).toBeNull();
    expect(voterIdentityReasons({ kind: "PHONE", phone: "13904161234", verified: false })).toEqual([
      { code: "VOTER_PHONE_NOT_VERIFIED", message: "手机号尚未通过短信验证，验证后才能投票" },
    ]);
    expect(voterIdentityReasons({ kind: "PHONE", phone: "1390416", verified: true })).toEqual([
      { code: "VOTER_PHONE_INVALID", message: "手机号格式不正确，请填写 11 位手机号并完成短信验证" },
    ]);
  });
});
