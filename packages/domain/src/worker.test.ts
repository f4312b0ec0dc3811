import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate } from "./china-time.ts";
import { composeIdNumber } from "./id-number.ts";
import {
  isMobilePhone,
  isYoungWorker,
  type PositionCategory,
  type SkillGrade,
  validateWorkerInput,
  type WorkerInput,
  youngWorkerBornAfter,
} from "./worker.ts";

const today = "2015-10-01";
const chinese = /[\u4e00-\u9fff]/;

// 210702198503120132: a man from 古塔区 born 1985-03-12 (check character worked by hand in
// id-number.test.ts).
const valid: WorkerInput = {
  name: "张伟",
  idNumber: "210702198503120132",
  phone: "13812345678",
  trade: "焊工",
  skillGrade: "GRADE_3",
  positionCategory: "FRONT_LINE",
  migrantWorker: false,
  memberCardNumber: "JZ-2015-0001",
};

function problems(input: WorkerInput, on = today): [string, string][] {
  const result = validateWorkerInput(input, on);
  return result.ok ? [] : result.errors.map((e) => [e.field, e.code]);
}

describe("validateWorkerInput", () => {
  it("accepts a worker and derives gender and birth date from the ID number", () => {
    expect(validateWorkerInput(valid, today)).toEqual({
      ok: true,
      value: { ...valid, gender: "MALE", birthDate: "1985-03-12" },
    });
  });

  it("derives a woman from an even 17th digit, and upper-cases a typed x", () => {
    const result = validateWorkerInput({ ...valid, name: "李红", idNumber: "21070219750101004x" }, today);
    expect(result).toMatchObject({
      ok: true,
      value: { idNumber: "21070219750101004X", gender: "FEMALE", birthDate: "1975-01-01" },
    });
  });

  it("cleans what people type: spaces and dashes in the phone, spaces in name and ID number", () => {
    const result = validateWorkerInput(
      {
        ...valid,
        name: "  欧阳   小明 ",
        idNumber: " 210702 19850312 0132 ",
        phone: " 138-1234 5678 ",
        trade: " 电工 ",
        memberCardNumber: "   ",
      },
      today,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        ...valid,
        name: "欧阳 小明",
        idNumber: "210702198503120132",
        phone: "13812345678",
        trade: "电工",
        memberCardNumber: null,
        gender: "MALE",
        birthDate: "1985-03-12",
      },
    });
  });

  it("reports every problem at once, with field names, stable codes and Chinese messages", () => {
    const result = validateWorkerInput(
      {
        name: "  ",
        idNumber: "210702198503120133", // wrong check digit: should be 2
        phone: "1381234567", // 10 digits
        trade: "",
        skillGrade: "GRADE_9" as SkillGrade,
        positionCategory: "BOSS" as PositionCategory,
        migrantWorker: true,
        memberCardNumber: "卡1",
      },
      today,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ["name", "REQUIRED"],
      ["idNumber", "ID_NUMBER_CHECK_DIGIT"],
      ["phone", "PHONE_FORMAT"],
      ["trade", "REQUIRED"],
      ["skillGrade", "UNKNOWN_VALUE"],
      ["positionCategory", "REQUIRED"],
      ["memberCardNumber", "MEMBER_CARD_FORMAT"],
    ]);
    for (const error of result.errors) expect(error.message).toMatch(chinese);
    expect(result.errors[1]?.message).toBe("身份证号校验位不正确，请核对是否有输错的数字");
  });

  it("reports each ID number problem under its own code", () => {
    expect(problems({ ...valid, idNumber: "" })).toEqual([["idNumber", "ID_NUMBER_EMPTY"]]);
    expect(problems({ ...valid, idNumber: "2107021985031201" })).toEqual([["idNumber", "ID_NUMBER_FORMAT"]]);
    expect(problems({ ...valid, idNumber: composeIdNumber("990702", "1985-03-12", 13) })).toEqual([
      ["idNumber", "ID_NUMBER_REGION"],
    ]);
    expect(problems({ ...valid, idNumber: "210702199902300135" })).toEqual([["idNumber", "ID_NUMBER_BIRTH_DATE"]]);
  });

  it("refuses a birth date after today", () => {
    expect(problems({ ...valid, idNumber: composeIdNumber("210702", "2015-10-02", 13) })).toEqual([
      ["idNumber", "ID_NUMBER_BIRTH_DATE"],
    ]);
  });

  it("refuses a worker under 16, accepts one on their 16th birthday", () => {
    const bornOct2 = composeIdNumber("210702", "1999-10-02", 13);
    // 2015-10-01: one day before the 16th birthday, still 15.
    const result = validateWorkerInput({ ...valid, idNumber: bornOct2 }, "2015-10-01");
    expect(result).toEqual({
      ok: false,
      errors: [{ field: "idNumber", code: "WORKER_TOO_YOUNG", message: "按身份证号计算未满 16 周岁，不能登记为职工" }],
    });
    expect(validateWorkerInput({ ...valid, idNumber: bornOct2 }, "2015-10-02")).toMatchObject({
      ok: true,
      value: { birthDate: "1999-10-02" },
    });
  });

  it("reports being under 16 together with other problems", () => {
    const tooYoung = composeIdNumber("210702", "2005-05-05", 24);
    expect(problems({ ...valid, idNumber: tooYoung, phone: "" })).toEqual([
      ["idNumber", "WORKER_TOO_YOUNG"],
      ["phone", "REQUIRED"],
    ]);
  });

  it("phone: required, 11 digits starting 13–19", () => {
    expect(problems({ ...valid, phone: " - " })).toEqual([["phone", "REQUIRED"]]);
    expect(problems({ ...valid, phone: "12812345678" })).toEqual([["phone", "PHONE_FORMAT"]]);
    expect(problems({ ...valid, phone: "0416-1234567" })).toEqual([["phone", "PHONE_FORMAT"]]);
    expect(problems({ ...valid, phone: "+86 13812345678" })).toEqual([["phone", "PHONE_FORMAT"]]);
  });

  it("length limits on name and trade", () => {
    expect(problems({ ...valid, name: "名".repeat(50), trade: "工".repeat(50) })).toEqual([]);
    expect(problems({ ...valid, name: "名".repeat(51), trade: "工".repeat(51) })).toEqual([
      ["name", "TOO_LONG"],
      ["trade", "TOO_LONG"],
    ]);
  });

  it("skill grade and member card number are optional", () => {
    expect(validateWorkerInput({ ...valid, skillGrade: null, memberCardNumber: null }, today)).toMatchObject({
      ok: true,
      value: { skillGrade: null, memberCardNumber: null },
    });
  });
});

describe("isMobilePhone", () => {
  it("accepts mainland mobile numbers 13x–19x", () => {
    for (const phone of ["13012345678", "15912345678", "18640601234", "19912345678"]) {
      expect(isMobilePhone(phone)).toBe(true);
    }
  });

  it("refuses other numbers and formats", () => {
    for (const phone of ["12012345678", "1381234567", "138123456789", "138 1234 5678", "041612345678", ""]) {
      expect(isMobilePhone(phone)).toBe(false);
    }
  });
});

describe("isYoungWorker", () => {
  it("35 or younger on the reference date is young", () => {
    expect(isYoungWorker("1980-10-01", "2015-10-01")).toBe(true); // exactly 35
    expect(isYoungWorker("1980-10-02", "2015-10-01")).toBe(true); // 34, a day short of 35
    expect(isYoungWorker("1979-10-01", "2015-10-01")).toBe(false); // 36 today
    expect(isYoungWorker("1979-10-02", "2015-10-01")).toBe(true); // still 35 until tomorrow
  });
});

// Examples are in young-worker.test.ts; these add the century case and births right at the bound,
// which uniformly drawn dates almost never hit.
describe("youngWorkerBornAfter near the bound", () => {
  it("clamps a 28 February in a common century year to a leap bound year correctly", () => {
    expect(youngWorkerBornAfter("2100-02-28")).toBe("2064-02-28"); // 2100 is not a leap year, 2064 is
    expect(isYoungWorker("2064-02-29", "2100-02-28")).toBe(true); // 35: the 36th birthday is 1 March
  });

  it("agrees with isYoungWorker for births within three days of the bound, and any others", () => {
    const day = 24 * 60 * 60 * 1000;
    const date = (min: string, max: string) =>
      fc.date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true });
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    const todayAndBirth = date("1950-01-01", "2150-12-31").chain((today) => {
      const bound = new Date(`${youngWorkerBornAfter(iso(today))}T00:00:00Z`);
      const nearBound = fc.integer({ min: -3, max: 3 }).map((offset) => new Date(bound.getTime() + offset * day));
      return fc.tuple(fc.constant(today), fc.oneof(nearBound, date("1900-01-01", iso(today))));
    });
    fc.assert(
      fc.property(todayAndBirth, ([today, birth]) => {
        const bound = youngWorkerBornAfter(iso(today));
        expect(isCalendarDate(bound)).toBe(true);
        expect(isYoungWorker(iso(birth), iso(today))).toBe(iso(birth) > bound);
      }),
      { numRuns: 500 },
    );
  });
});
