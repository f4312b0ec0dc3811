import { composeIdNumber } from "@jinzhou/domain";
import { describe, expect, it } from "vitest";
import { idNumberProblem, nameProblem, normalizeIdNumber, phoneProblem, rosterProblems } from "./roster-fields.ts";

const today = "2026-11-25";
const typing = { final: false };
const done = { final: true };
// A fictional Jinzhou (210702) number whose check character is X, and one ending in a digit.
const withX = (() => {
  for (let sequence = 0; sequence < 1000; sequence++) {
    const id = composeIdNumber("210702", "1985-03-15", sequence);
    if (id.endsWith("X")) return id;
  }
  throw new Error("no X");
})();
const withDigit = composeIdNumber("210702", "1990-07-01", 123);

describe("ID number as it is typed", () => {
  it("accepts a valid number, with x in lower or upper case and spaces between groups", () => {
    expect(idNumberProblem(withX, today, done)).toBeNull();
    expect(idNumberProblem(withX.toLowerCase(), today, done)).toBeNull();
    expect(
      idNumberProblem(`${withDigit.slice(0, 6)} ${withDigit.slice(6, 14)} ${withDigit.slice(14)}`, today, done),
    ).toBeNull();
    expect(normalizeIdNumber(withX.toLowerCase())).toBe(withX);
  });

  it("says nothing about a number still being typed, but reports a finished one that is short", () => {
    expect(idNumberProblem(withDigit.slice(0, 10), today, typing)).toBeNull();
    expect(idNumberProblem("", today, typing)).toBeNull();
    expect(idNumberProblem(withDigit.slice(0, 10), today, done)).toBe("ID_NUMBER_FORMAT");
    expect(idNumberProblem("", today, done)).toBe("ID_NUMBER_EMPTY");
  });

  it("catches a wrong check digit, a typo the check digit reveals", () => {
    const last = withDigit.slice(-1);
    const wrong = withDigit.slice(0, 17) + (last === "1" ? "2" : "1");
    expect(idNumberProblem(wrong, today, typing)).toBe("ID_NUMBER_CHECK_DIGIT");
    const swapped = `${withDigit.slice(0, 15)}${withDigit[16]}${withDigit[15]}${withDigit[17]}`;
    if (swapped !== withDigit) expect(idNumberProblem(swapped, today, done)).toBe("ID_NUMBER_CHECK_DIGIT");
  });

  it("reports what can no longer become right while typing: letters, the region, the birth date", () => {
    expect(idNumberProblem("2107a", today, typing)).toBe("ID_NUMBER_FORMAT");
    expect(idNumberProblem("99", today, typing)).toBe("ID_NUMBER_REGION");
    expect(idNumberProblem("21", today, typing)).toBeNull();
    expect(idNumberProblem("21070219901301", today, typing)).toBe("ID_NUMBER_BIRTH_DATE");
    expect(idNumberProblem("21070220300101", today, typing)).toBe("ID_NUMBER_BIRTH_DATE");
    expect(idNumberProblem("21070219900101", today, typing)).toBeNull();
    expect(idNumberProblem(`${withDigit}1`, today, typing)).toBe("ID_NUMBER_FORMAT");
  });
});

describe("phone number", () => {
  it("accepts a mainland mobile, with spaces or dashes", () => {
    expect(phoneProblem("13912345678", done)).toBeNull();
    expect(phoneProblem("139 1234 5678", done)).toBeNull();
    expect(phoneProblem("139-1234-5678", done)).toBeNull();
  });

  it("waits while a mobile is being typed, and reports one that cannot be a mobile", () => {
    expect(phoneProblem("139", typing)).toBeNull();
    expect(phoneProblem("1", typing)).toBeNull();
    expect(phoneProblem("139", done)).toBe("PHONE_FORMAT");
    expect(phoneProblem("12", typing)).toBe("PHONE_FORMAT");
    expect(phoneProblem("0416", typing)).toBe("PHONE_FORMAT");
    expect(phoneProblem("139a", typing)).toBe("PHONE_FORMAT");
    expect(phoneProblem("139123456789", typing)).toBe("PHONE_FORMAT");
    expect(phoneProblem("", done)).toBe("PHONE_EMPTY");
  });
});

describe("name and the whole form", () => {
  it("needs a name of at most 50 characters", () => {
    expect(nameProblem("  ", typing)).toBeNull();
    expect(nameProblem("  ", done)).toBe("NAME_REQUIRED");
    expect(nameProblem("张".repeat(51), typing)).toBe("NAME_TOO_LONG");
    expect(nameProblem("张三", done)).toBeNull();
  });

  it("reports every field at once", () => {
    expect(
      rosterProblems({ name: "", idNumber: "123", phone: "139" }, today, { name: done, idNumber: done, phone: done }),
    ).toEqual({ name: "NAME_REQUIRED", idNumber: "ID_NUMBER_FORMAT", phone: "PHONE_FORMAT" });
    expect(
      rosterProblems({ name: "张三", idNumber: withX, phone: "13912345678" }, today, {
        name: done,
        idNumber: done,
        phone: done,
      }),
    ).toEqual({ name: null, idNumber: null, phone: null });
  });
});
