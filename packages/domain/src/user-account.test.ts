import { describe, expect, it } from "vitest";
import { passwordErrors, selfChangeErrors, type UserAccountInput, validateUserAccount } from "./user-account.ts";

const organizer: UserAccountInput = {
  username: " wang.li ",
  displayName: " 王力 ",
  role: "ORGANIZER",
  organizationPath: "/00000001/",
  departmentId: 3,
  worker: null,
};

describe("validateUserAccount", () => {
  it("accepts a sound account and trims its names", () => {
    expect(validateUserAccount(organizer)).toEqual({
      ok: true,
      value: { ...organizer, username: "wang.li", displayName: "王力" },
    });
  });

  it("returns every problem at once", () => {
    const result = validateUserAccount({ ...organizer, username: "_x", displayName: " ", departmentId: null });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => error.code)).toEqual([
      "USERNAME_FORMAT",
      "DISPLAY_NAME_REQUIRED",
      "DEPARTMENT_REQUIRED",
    ]);
  });

  it("ties worker accounts, and only them, to a worker inside the account's scope", () => {
    const worker: UserAccountInput = {
      ...organizer,
      role: "WORKER",
      departmentId: null,
      organizationPath: "/00000001/00000004/",
      worker: null,
    };
    const codes = (input: UserAccountInput) => {
      const result = validateUserAccount(input);
      return result.ok ? [] : result.errors.map((error) => error.code);
    };
    expect(codes(worker)).toEqual(["WORKER_REQUIRED"]);
    expect(codes({ ...worker, worker: { id: 9, organizationPath: "/00000001/00000005/00000020/" } })).toEqual([
      "WORKER_OUTSIDE_SCOPE",
    ]);
    expect(codes({ ...worker, worker: { id: 9, organizationPath: "/00000001/00000004/00000020/" } })).toEqual([]);
    expect(codes({ ...organizer, worker: { id: 9, organizationPath: "/00000001/" } })).toEqual([
      "WORKER_ONLY_FOR_WORKERS",
    ]);
  });
});

describe("passwordErrors", () => {
  it("wants 8–64 characters with a letter and a digit", () => {
    expect(passwordErrors("abcd1234")).toEqual([]);
    for (const weak of ["abc123", "abcdefgh", "12345678", `a1${"x".repeat(63)}`]) {
      expect(passwordErrors(weak, "newPassword")).toEqual([
        { field: "newPassword", code: "PASSWORD_WEAK", message: "密码应为 8–64 位，且同时包含字母和数字" },
      ]);
    }
  });
});

describe("selfChangeErrors", () => {
  it("keeps the admin from disabling or demoting themselves, and only themselves", () => {
    expect(selfChangeErrors(1, 1, { active: false, role: "ORGANIZER" }).map((error) => error.code)).toEqual([
      "CANNOT_DISABLE_SELF",
      "CANNOT_DEMOTE_SELF",
    ]);
    expect(selfChangeErrors(1, 1, { active: true, role: "ADMIN" })).toEqual([]);
    expect(selfChangeErrors(1, 2, { active: false, role: "WORKER" })).toEqual([]);
  });
});
