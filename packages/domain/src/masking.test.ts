import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeIdNumber } from "./id-number.ts";
import { maskIdNumber, maskPhone, redactPersonalNumbers } from "./masking.ts";

describe("maskIdNumber", () => {
  it("keeps the first 6 and last 4 characters of an ID number", () => {
    // 18 characters: 6 kept + 8 stars + 4 kept.
    expect(maskIdNumber("210702198503121234")).toBe("210702********1234");
    expect(maskIdNumber("21070219750101004X")).toBe("210702********004X");
  });

  it("hides the birth date", () => {
    expect(maskIdNumber("210703199008150247")).not.toContain("19900815");
  });

  it("hides short values entirely", () => {
    expect(maskIdNumber("")).toBe("");
    expect(maskIdNumber("1234")).toBe("****");
    expect(maskIdNumber("1234567890")).toBe("**********"); // 10: keeping 6 + 4 would show everything
  });

  it("masks the old 15-digit form and 11-character values in the middle only", () => {
    expect(maskIdNumber("210702850312013")).toBe("210702*****2013");
    expect(maskIdNumber("12345678901")).toBe("123456*8901");
  });
});

describe("maskPhone", () => {
  it("keeps the first 3 and last 4 digits of a mobile number", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
  });

  it("hides short values entirely", () => {
    expect(maskPhone("")).toBe("");
    expect(maskPhone("110")).toBe("***");
    expect(maskPhone("1234567")).toBe("*******"); // 7: keeping 3 + 4 would show everything
  });

  it("masks an 8-digit landline in the middle", () => {
    expect(maskPhone("12345678")).toBe("123*5678");
  });
});

const regionCode = fc.stringMatching(/^(11|21|44|65|82)\d{4}$/);
const birthDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const validIdNumber = fc
  .tuple(regionCode, birthDate, fc.integer({ min: 0, max: 999 }))
  .map(([r, b, s]) => composeIdNumber(r, b, s));

describe("masking properties", () => {
  it("an ID number keeps its length and first 6 / last 4, and the middle 8 are all stars", () => {
    fc.assert(
      fc.property(validIdNumber, (id) => {
        const masked = maskIdNumber(id);
        expect(masked).toHaveLength(18);
        expect(masked.slice(0, 6)).toBe(id.slice(0, 6));
        expect(masked.slice(-4)).toBe(id.slice(-4));
        expect(masked.slice(6, 14)).toBe("********");
      }),
    );
  });

  it("any value keeps its length and never shows more than its first 6 and last 4 characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        const masked = maskIdNumber(value);
        expect(masked).toHaveLength(value.length);
        if (value.length <= 10) {
          expect(masked).toBe("*".repeat(value.length));
        } else {
          expect(masked.slice(0, 6)).toBe(value.slice(0, 6));
          expect(masked.slice(-4)).toBe(value.slice(-4));
          expect(masked.slice(6, -4)).toMatch(/^\*+$/);
        }
      }),
    );
  });

  it("a phone number keeps its length and never shows more than its first 3 and last 4 characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (value) => {
        const masked = maskPhone(value);
        expect(masked).toHaveLength(value.length);
        if (value.length <= 7) {
          expect(masked).toBe("*".repeat(value.length));
        } else {
          expect(masked.slice(0, 3)).toBe(value.slice(0, 3));
          expect(masked.slice(-4)).toBe(value.slice(-4));
          expect(masked.slice(3, -4)).toMatch(/^\*+$/);
        }
      }),
    );
  });
});

describe("redactPersonalNumbers", () => {
  it("masks ID numbers and mobile numbers inside free text", () => {
    expect(redactPersonalNumbers("职工 210702198503120132 手机 13812345678 已登记")).toBe(
      "职工 210702********0132 手机 138****5678 已登记",
    );
  });

  it("masks them inside a JSON log line, a lower-case x included", () => {
    const line = JSON.stringify({ message: "重复", idNumber: "21070219750101004x", phone: "13812345678" });
    expect(redactPersonalNumbers(line)).toBe(
      JSON.stringify({ message: "重复", idNumber: "210702********004X", phone: "138****5678" }),
    );
  });

  it("masks a mobile number written with the +86 or 0086 country code", () => {
    expect(redactPersonalNumbers("tel:+8613812345678")).toBe("tel:+86138****5678");
    expect(redactPersonalNumbers("0086 13812345678 / 008613812345678")).toBe("0086 138****5678 / 0086138****5678");
  });

  it("leaves other numbers alone: timestamps, longer digit runs, landlines, counts", () => {
    for (const text of [
      '{"ms":1443630600000}', // 13-digit epoch milliseconds, starts like a phone
      "order 12138123456789", // a phone-like run inside a longer number
      "2107021985031201320", // 19 digits: not an ID number
      "0416-1234567",
      "共 320 名职工",
    ]) {
      expect(redactPersonalNumbers(text)).toBe(text);
    }
  });

  it("never leaves a valid ID number or a mobile number readable in text", () => {
    const separator = fc.constantFrom(" ", "：", ",", '"', "\n", "号码");
    const phone = fc.stringMatching(/^1[3-9]\d{9}$/);
    fc.assert(
      fc.property(validIdNumber, phone, separator, separator, (id, mobile, before, after) => {
        const text = `${before}${id}${after}${mobile}${after}`;
        const redacted = redactPersonalNumbers(text);
        // Exactly the masked forms; a plain "does not contain the middle digits" check would be
        // wrong, since the middle digits may repeat in the kept ones (13098849884 → 130****9884).
        expect(redacted).toBe(`${before}${maskIdNumber(id)}${after}${maskPhone(mobile)}${after}`);
        expect(redacted).toMatch(/\d{6}\*{8}\d{3}[\dX]\D+\d{3}\*{4}\d{4}/);
      }),
    );
  });
});
