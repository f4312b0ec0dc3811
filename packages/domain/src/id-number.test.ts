import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeIdNumber, idNumberCheckCharacter, idNumberProblemMessages, parseIdNumber } from "./id-number.ts";

/*
 * Worked examples, computed by hand. GB 11643-1999: weights for the first 17 digits are
 *   7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
 * S = Σ(digit × weight), and S mod 11 = 0 1 2 3 4 5 6 7 8 9 10 maps to the check character
 *   1 0 X 9 8 7 6 5 4 3 2   ("10X98765432").
 * The 17th digit (last of the 3-digit sequence) is odd for men, even for women.
 */

describe("idNumberCheckCharacter, by hand", () => {
  it("male from 古塔区 (210702), born 1985-03-12, sequence 013 → check 2", () => {
    // digits   2  1  0  7  0  2  1  9  8  5  0  3  1  2  0  1  3
    // weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
    // products 14 9  0 35  0  8  2  9 48 15  0 27 10 10  0  4  6
    // S = 14+9+0+35+0+8+2+9+48+15+0+27+10+10+0+4+6 = 197
    // 197 mod 11 = 197 − 187 = 10 → "10X98765432"[10] = "2"
    expect(idNumberCheckCharacter("21070219850312013")).toBe("2");
  });

  it("female from 凌河区 (210703), born 1990-08-15, sequence 024 → check 7", () => {
    // digits   2  1  0  7  0  3  1  9  9  0  0  8  1  5  0  2  4
    // weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
    // products 14 9  0 35  0 12  2  9 54  0  0 72 10 25  0  8  8
    // S = 14+9+0+35+0+12+2+9+54+0+0+72+10+25+0+8+8 = 258
    // 258 mod 11 = 258 − 253 = 5 → "10X98765432"[5] = "7"
    expect(idNumberCheckCharacter("21070319900815024")).toBe("7");
  });

  it("female from 古塔区, born 1975-01-01, sequence 004 → check X", () => {
    // digits   2  1  0  7  0  2  1  9  7  5  0  1  0  1  0  0  4
    // weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
    // products 14 9  0 35  0  8  2  9 42 15  0  9  0  5  0  0  8
    // S = 14+9+0+35+0+8+2+9+42+15+0+9+0+5+0+0+8 = 156
    // 156 mod 11 = 156 − 154 = 2 → "10X98765432"[2] = "X"
    expect(idNumberCheckCharacter("21070219750101004")).toBe("X");
  });

  it("the standard's own example 11010519491231002X → check X", () => {
    // digits   1  1  0  1  0  5  1  9  4  9  1  2  3  1  0  0  2
    // weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
    // products 7  9  0  5  0 20  2  9 24 27  7 18 30  5  0  0  4
    // S = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167
    // 167 mod 11 = 167 − 165 = 2 → "X"
    expect(idNumberCheckCharacter("11010519491231002")).toBe("X");
  });

  it("the standard's other example 440524188001010014 → check 4", () => {
    // digits   4  4  0  5  2  4  1  8  8  0  0  1  0  1  0  0  1
    // weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
    // products 28 36 0 25 16 16  2  8 48  0  0  9  0  5  0  0  2
    // S = 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195
    // 195 mod 11 = 195 − 187 = 8 → "10X98765432"[8] = "4"
    expect(idNumberCheckCharacter("44052418800101001")).toBe("4");
  });

  it("an impossible date 1999-02-30 still has a check character: 5", () => {
    // digits   2  1  0  7  0  2  1  9  9  9  0  2  3  0  0  1  3
    // weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
    // products 14 9  0 35  0  8  2  9 54 27  0 18 30  0  0  4  6
    // S = 14+9+0+35+0+8+2+9+54+27+0+18+30+0+0+4+6 = 216
    // 216 mod 11 = 216 − 209 = 7 → "10X98765432"[7] = "5"
    expect(idNumberCheckCharacter("21070219990230013")).toBe("5");
  });

  it("needs exactly 17 digits", () => {
    expect(() => idNumberCheckCharacter("2107021985031201")).toThrow(RangeError);
    expect(() => idNumberCheckCharacter("210702198503120132")).toThrow(RangeError);
    expect(() => idNumberCheckCharacter("2107021985031201X")).toThrow(RangeError);
  });
});

describe("parseIdNumber", () => {
  it("reads a man's ID number (odd 17th digit 3)", () => {
    expect(parseIdNumber("210702198503120132")).toEqual({
      ok: true,
      value: { idNumber: "210702198503120132", regionCode: "210702", birthDate: "1985-03-12", gender: "MALE" },
    });
  });

  it("reads a woman's ID number (even 17th digit 4)", () => {
    expect(parseIdNumber("210703199008150247")).toEqual({
      ok: true,
      value: { idNumber: "210703199008150247", regionCode: "210703", birthDate: "1990-08-15", gender: "FEMALE" },
    });
  });

  it("reads an ID number whose check character is X", () => {
    expect(parseIdNumber("21070219750101004X")).toEqual({
      ok: true,
      value: { idNumber: "21070219750101004X", regionCode: "210702", birthDate: "1975-01-01", gender: "FEMALE" },
    });
    // 17th digit 2: even, a woman.
    expect(parseIdNumber("11010519491231002X")).toMatchObject({ ok: true, value: { gender: "FEMALE" } });
  });

  it("accepts a lower-case x and returns it upper-case", () => {
    expect(parseIdNumber("21070219750101004x")).toMatchObject({ ok: true, value: { idNumber: "21070219750101004X" } });
  });

  it("ignores spaces, tabs and full-width spaces as people type them", () => {
    const expected = { ok: true, value: { idNumber: "210702198503120132" } };
    expect(parseIdNumber(" 210702 19850312 0132 ")).toMatchObject(expected);
    expect(parseIdNumber("210702\t1985 0312\u30000132\n")).toMatchObject(expected);
  });

  it("refuses an empty value", () => {
    expect(parseIdNumber("")).toEqual({ ok: false, problem: "ID_NUMBER_EMPTY" });
    expect(parseIdNumber("   ")).toEqual({ ok: false, problem: "ID_NUMBER_EMPTY" });
  });

  it("refuses the wrong length", () => {
    expect(parseIdNumber("21070219850312013")).toEqual({ ok: false, problem: "ID_NUMBER_FORMAT" }); // 17
    expect(parseIdNumber("2107021985031201322")).toEqual({ ok: false, problem: "ID_NUMBER_FORMAT" }); // 19
    expect(parseIdNumber("210702850312013")).toEqual({ ok: false, problem: "ID_NUMBER_FORMAT" }); // old 15-digit form
  });

  it("refuses letters, and X anywhere but last", () => {
    expect(parseIdNumber("2107021985031201A2")).toEqual({ ok: false, problem: "ID_NUMBER_FORMAT" });
    expect(parseIdNumber("21070219850312X132")).toEqual({ ok: false, problem: "ID_NUMBER_FORMAT" });
    expect(parseIdNumber("21070219850312013Y")).toEqual({ ok: false, problem: "ID_NUMBER_FORMAT" });
    expect(parseIdNumber("210702-19850312-0132")).toEqual({ ok: false, problem: "ID_NUMBER_FORMAT" });
  });

  it("refuses a first two digits that are no province", () => {
    // Same body as the 古塔区 man, with a correct check character for each prefix, so only the
    // region is wrong. 10, 20, 99 and 00 are not GB/T 2260 province codes.
    for (const region of ["100702", "200702", "990702", "000702"]) {
      const id = composeIdNumber(region, "1985-03-12", 13);
      expect(parseIdNumber(id)).toEqual({ ok: false, problem: "ID_NUMBER_REGION" });
    }
  });

  it("accepts Taiwan, Hong Kong and Macao codes (71, 81, 82)", () => {
    for (const region of ["710000", "810000", "820000"]) {
      expect(parseIdNumber(composeIdNumber(region, "1985-03-12", 13)).ok).toBe(true);
    }
  });

  it("refuses 1999-02-30 as a birth date even with a correct check character", () => {
    // Check character 5 computed by hand above.
    expect(parseIdNumber("210702199902300135")).toEqual({ ok: false, problem: "ID_NUMBER_BIRTH_DATE" });
  });

  it("refuses month 13 and day 00", () => {
    expect(parseIdNumber("210702198513120132")).toEqual({ ok: false, problem: "ID_NUMBER_BIRTH_DATE" });
    expect(parseIdNumber("210702198503000132")).toEqual({ ok: false, problem: "ID_NUMBER_BIRTH_DATE" });
  });

  it("refuses a birth date after today, accepts one on today", () => {
    const bornTomorrow = composeIdNumber("210702", "2015-10-02", 13);
    const bornToday = composeIdNumber("210702", "2015-10-01", 13);
    expect(parseIdNumber(bornTomorrow, "2015-10-01")).toEqual({ ok: false, problem: "ID_NUMBER_BIRTH_DATE" });
    expect(parseIdNumber(bornToday, "2015-10-01")).toMatchObject({ ok: true, value: { birthDate: "2015-10-01" } });
    // Without `today` there is no upper bound.
    expect(parseIdNumber(bornTomorrow).ok).toBe(true);
  });

  it("refuses birth dates before 1900, even the standard's 1880 example", () => {
    // 440524188001010014 has a correct check character (4, by hand above) but 1880 is out of range.
    expect(parseIdNumber("440524188001010014")).toEqual({ ok: false, problem: "ID_NUMBER_BIRTH_DATE" });
    expect(parseIdNumber(composeIdNumber("210702", "1900-01-01", 13)).ok).toBe(true);
  });

  it("refuses a wrong check digit", () => {
    expect(parseIdNumber("210702198503120133")).toEqual({ ok: false, problem: "ID_NUMBER_CHECK_DIGIT" });
    expect(parseIdNumber("210702198503120130")).toEqual({ ok: false, problem: "ID_NUMBER_CHECK_DIGIT" });
    expect(parseIdNumber("21070219850312013X")).toEqual({ ok: false, problem: "ID_NUMBER_CHECK_DIGIT" });
    // The right check character with two neighbouring digits swapped (…0312… → …0321…).
    expect(parseIdNumber("210702198503210132")).toEqual({ ok: false, problem: "ID_NUMBER_CHECK_DIGIT" });
  });

  it("has a Chinese message for every problem", () => {
    for (const message of Object.values(idNumberProblemMessages)) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("composeIdNumber", () => {
  it("builds the hand-worked examples", () => {
    expect(composeIdNumber("210702", "1985-03-12", 13)).toBe("210702198503120132");
    expect(composeIdNumber("210703", "1990-08-15", 24)).toBe("210703199008150247");
    expect(composeIdNumber("210702", "1975-01-01", 4)).toBe("21070219750101004X");
  });

  it("refuses bad parts", () => {
    expect(() => composeIdNumber("21070", "1985-03-12", 13)).toThrow(RangeError);
    expect(() => composeIdNumber("210702", "1999-02-30", 13)).toThrow(RangeError);
    expect(() => composeIdNumber("210702", "1985-03-12", 1000)).toThrow(RangeError);
    expect(() => composeIdNumber("210702", "1985-03-12", -1)).toThrow(RangeError);
    expect(() => composeIdNumber("210702", "1985-03-12", 1.5)).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** GB/T 2260 province-level codes, written out here independently of the code under test. */
const provinces = [
  "11",
  "12",
  "13",
  "14",
  "15",
  "21",
  "22",
  "23",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "37",
  "41",
  "42",
  "43",
  "44",
  "45",
  "46",
  "50",
  "51",
  "52",
  "53",
  "54",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "81",
  "82",
];

const regionCode = fc
  .tuple(fc.constantFrom(...provinces), fc.integer({ min: 0, max: 9999 }))
  .map(([province, rest]) => `${province}${String(rest).padStart(4, "0")}`);

const birthDate = fc
  .date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const sequence = fc.integer({ min: 0, max: 999 });

const validIdNumber = fc.tuple(regionCode, birthDate, sequence).map(([r, b, s]) => composeIdNumber(r, b, s));

describe("ID number properties", () => {
  it("composeIdNumber always yields an ID that parseIdNumber accepts, with its birth date and gender", () => {
    fc.assert(
      fc.property(regionCode, birthDate, sequence, (region, born, seq) => {
        const id = composeIdNumber(region, born, seq);
        const parsed = parseIdNumber(id, born);
        expect(parsed).toEqual({
          ok: true,
          value: { idNumber: id, regionCode: region, birthDate: born, gender: seq % 2 === 1 ? "MALE" : "FEMALE" },
        });
      }),
    );
  });

  it("changing any one of the first 17 digits makes the ID number invalid", () => {
    fc.assert(
      fc.property(
        validIdNumber,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (id, position, shift) => {
          const digit = (Number(id[position]) + shift) % 10; // always a different digit
          const changed = `${id.slice(0, position)}${digit}${id.slice(position + 1)}`;
          // The arithmetic: the sum moves by (new − old) × weight, both factors non-zero mod the
          // prime 11, so the check character always changes.
          expect(idNumberCheckCharacter(changed.slice(0, 17))).not.toBe(id[17]);
          const parsed = parseIdNumber(changed);
          expect(parsed.ok).toBe(false);
          if (!parsed.ok) {
            expect(["ID_NUMBER_CHECK_DIGIT", "ID_NUMBER_BIRTH_DATE", "ID_NUMBER_REGION"]).toContain(parsed.problem);
            // Outside the province and date digits, the check digit is what catches it.
            if (position >= 2 && (position < 6 || position >= 14)) expect(parsed.problem).toBe("ID_NUMBER_CHECK_DIGIT");
          }
        },
      ),
    );
  });

  it("spaces and a lower-case x never change what is read", () => {
    fc.assert(
      fc.property(validIdNumber, fc.array(fc.integer({ min: 0, max: 18 }), { maxLength: 5 }), (id, cuts) => {
        let typed = id.toLowerCase();
        for (const cut of [...cuts].sort((a, b) => b - a)) typed = `${typed.slice(0, cut)} ${typed.slice(cut)}`;
        expect(parseIdNumber(typed)).toEqual(parseIdNumber(id));
      }),
    );
  });
});
