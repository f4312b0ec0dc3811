import { describe, expect, it } from "vitest";
import {
  codeAndPasswordProblems,
  codeProblem,
  confirmationProblem,
  passwordChecks,
  passwordProblem,
} from "./new-password.ts";

const typing = { final: false };
const done = { final: true };

describe("the SMS code", () => {
  it("is six digits", () => {
    expect(codeProblem("123456", done)).toBeNull();
    expect(codeProblem("123 456", done)).toBeNull();
    expect(codeProblem("123", typing)).toBeNull();
    expect(codeProblem("123", done)).toBe("CODE_FORMAT");
    expect(codeProblem("12a", typing)).toBe("CODE_FORMAT");
    expect(codeProblem("1234567", typing)).toBe("CODE_FORMAT");
    expect(codeProblem("", done)).toBe("CODE_EMPTY");
  });
});

describe("the new password (the domain's rule: 8–64 characters, a letter and a digit)", () => {
  it("ticks off each part of the rule", () => {
    expect(passwordChecks("abc")).toEqual({ length: false, letter: true, digit: false });
    expect(passwordChecks("abcd1234")).toEqual({ length: true, letter: true, digit: true });
    expect(passwordChecks(`a1${"x".repeat(63)}`).length).toBe(false);
  });

  it("is weak when it breaks the rule, but not while it is still too short to judge", () => {
    expect(passwordProblem("abcd1234", done)).toBeNull();
    expect(passwordProblem("abc", typing)).toBeNull();
    expect(passwordProblem("abc", done)).toBe("PASSWORD_WEAK");
    expect(passwordProblem("abcdefgh", typing)).toBe("PASSWORD_WEAK");
    expect(passwordProblem("12345678", done)).toBe("PASSWORD_WEAK");
    expect(passwordProblem(`a1${"x".repeat(63)}`, typing)).toBe("PASSWORD_WEAK");
    expect(passwordProblem("", done)).toBe("PASSWORD_WEAK");
  });

  it("must be typed twice the same", () => {
    expect(confirmationProblem("abcd1234", "abcd1234", done)).toBeNull();
    expect(confirmationProblem("abcd1234", "abcd", typing)).toBeNull();
    expect(confirmationProblem("abcd1234", "abce", typing)).toBe("PASSWORD_MISMATCH");
    expect(confirmationProblem("abcd1234", "abcd", done)).toBe("PASSWORD_MISMATCH");
    expect(confirmationProblem("abcd1234", "", typing)).toBeNull();
    expect(confirmationProblem("abcd1234", "", done)).toBe("CONFIRMATION_EMPTY");
  });

  it("reports every field at once", () => {
    expect(
      codeAndPasswordProblems(
        { code: "12", password: "abcdefgh", confirmation: "abcdefg" },
        { code: done, password: done, confirmation: done },
      ),
    ).toEqual({ code: "CODE_FORMAT", password: "PASSWORD_WEAK", confirmation: "PASSWORD_MISMATCH" });
  });
});
