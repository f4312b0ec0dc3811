import { describe, expect, it } from "vitest";
import {
  contactPhoneValue,
  emptyObjection,
  isContactPhone,
  objectionProblems,
  phoneProblemWhileTyping,
} from "./objection-form.ts";

const complete = {
  entryId: "7",
  content: "丙的理论考试与他人座位相邻，成绩存疑，请核查",
  contactName: "李先生",
  contactPhone: "139 1234 5678",
  otherContact: "",
};

describe("objectionProblems", () => {
  it("finds nothing wrong with a complete objection", () => {
    expect(objectionProblems(complete)).toEqual({});
  });

  it("names every missing part at once", () => {
    expect(objectionProblems(emptyObjection)).toEqual({
      entryId: "results.objection.entryRequired",
      content: "results.objection.contentRequired",
      contactName: "results.objection.nameRequired",
      contactPhone: "results.objection.contactRequired",
    });
  });

  it("takes another contact instead of a phone", () => {
    expect(objectionProblems({ ...complete, contactPhone: "", otherContact: "li@example.com" })).toEqual({});
  });

  it("refuses a wrong phone, blank content and texts over the limits", () => {
    expect(
      objectionProblems({
        ...complete,
        content: "   ",
        contactName: "李".repeat(51),
        contactPhone: "1234",
        otherContact: "x".repeat(101),
      }),
    ).toEqual({
      content: "results.objection.contentRequired",
      contactName: "results.objection.nameTooLong",
      contactPhone: "results.objection.phoneFormat",
      otherContact: "results.objection.otherTooLong",
    });
    expect(objectionProblems({ ...complete, content: "异".repeat(2001) }).content).toBe(
      "results.objection.contentTooLong",
    );
  });
});

describe("contact phones", () => {
  it("accepts mobile numbers with spaces or dashes and landlines with their area code", () => {
    expect(isContactPhone("13912345678")).toBe(true);
    expect(isContactPhone("139-1234-5678")).toBe(true);
    expect(isContactPhone("0416-1234567")).toBe(true);
    expect(isContactPhone("04161234567")).toBe(true);
    expect(isContactPhone("12912345678")).toBe(false);
    expect(isContactPhone("1391234567")).toBe(false);
  });

  it("sends a mobile number as digits and a landline as written", () => {
    expect(contactPhoneValue("139 1234 5678")).toBe("13912345678");
    expect(contactPhoneValue("0416-1234567")).toBe("0416-1234567");
  });

  it("waits for a whole number before calling it wrong, unless a letter was typed", () => {
    expect(phoneProblemWhileTyping("139", false)).toBeUndefined();
    expect(phoneProblemWhileTyping("139", true)).toBe("results.objection.phoneFormat");
    expect(phoneProblemWhileTyping("13a", false)).toBe("results.objection.phoneFormat");
    expect(phoneProblemWhileTyping("12912345678", false)).toBe("results.objection.phoneFormat");
    expect(phoneProblemWhileTyping("13912345678", false)).toBeUndefined();
    expect(phoneProblemWhileTyping("", true)).toBeUndefined();
  });
});
