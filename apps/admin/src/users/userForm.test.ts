import { describe, expect, it } from "vitest";
import { resetPasswordError, userFormToSave, validateUserForm } from "./userForm.ts";

describe("validateUserForm", () => {
  it("asks an organizer for a department and a worker account for a worker", () => {
    expect(validateUserForm({ role: "ORGANIZER", departmentId: null }, false)).toEqual({
      departmentId: "resources.User.validation.departmentRequired",
    });
    expect(validateUserForm({ role: "WORKER" }, false)).toEqual({
      workerId: "resources.User.validation.workerRequired",
    });
    expect(validateUserForm({ role: "JUDGE" }, false)).toEqual({});
  });

  it("checks the password rule only when creating", () => {
    expect(validateUserForm({ role: "JUDGE", password: "short1" }, true)).toEqual({
      password: "resources.User.validation.passwordWeak",
    });
    expect(validateUserForm({ role: "JUDGE", password: "onlyletters" }, true).password).toBeDefined();
    expect(validateUserForm({ role: "JUDGE", password: "jinzhou2015" }, true)).toEqual({});
    expect(validateUserForm({ role: "JUDGE" }, false)).toEqual({});
  });
});

describe("userFormToSave", () => {
  it("keeps a department only for an organizer and a worker only for a worker account", () => {
    expect(userFormToSave({ role: "JUDGE", departmentId: "3", workerId: "9" })).toMatchObject({
      departmentId: null,
      workerId: null,
    });
    expect(userFormToSave({ role: "ORGANIZER", departmentId: "3", workerId: "9" })).toMatchObject({
      departmentId: "3",
      workerId: null,
    });
    expect(userFormToSave({ role: "WORKER", departmentId: "3", workerId: "9" })).toMatchObject({
      departmentId: null,
      workerId: "9",
    });
  });
});

describe("resetPasswordError", () => {
  it("applies the password rule, then asks for the same password twice", () => {
    expect(resetPasswordError("abc", "abc")).toBe("resources.User.validation.passwordWeak");
    expect(resetPasswordError("jinzhou2016", "jinzhou2015")).toBe("resources.User.validation.passwordMismatch");
    expect(resetPasswordError("jinzhou2016", "jinzhou2016")).toBeNull();
  });
});
