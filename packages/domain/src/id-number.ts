import { type CalendarDate, isCalendarDate } from "./china-time.ts";

/**
 * Resident ID numbers (居民身份证号码) per GB 11643-1999: 6 digits of region, 8 of birth date,
 * 3 of sequence (odd for men, even for women) and a check digit.
 */
export type Gender = "MALE" | "FEMALE";

export interface IdNumberFacts {
  /** Upper-case, 18 characters. */
  idNumber: string;
  regionCode: string;
  birthDate: CalendarDate;
  gender: Gender;
}

export type IdNumberProblem =
  | "ID_NUMBER_EMPTY"
  | "ID_NUMBER_FORMAT"
  | "ID_NUMBER_REGION"
  | "ID_NUMBER_BIRTH_DATE"
  | "ID_NUMBER_CHECK_DIGIT";

export const idNumberProblemMessages: Record<IdNumberProblem, string> = {
  ID_NUMBER_EMPTY: "请填写身份证号",
  ID_NUMBER_FORMAT: "身份证号应为 18 位，前 17 位是数字，最后一位是数字或 X",
  ID_NUMBER_REGION: "身份证号前两位不是有效的省级行政区划代码",
  ID_NUMBER_BIRTH_DATE: "身份证号中的出生日期（第 7–14 位）不是有效日期",
  ID_NUMBER_CHECK_DIGIT: "身份证号校验位不正确，请核对是否有输错的数字",
};

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = "10X98765432";

// Provinces, autonomous regions, municipalities, Taiwan, Hong Kong and Macao (GB/T 2260 first two digits).
const provinceCodes = new Set([
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
]);

/** The check character for the first 17 digits: Σ(digit × weight) mod 11, mapped through "10X98765432". */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("idNumberCheckCharacter needs exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (weights[i] as number);
  return checkCharacters[sum % 11] as string;
}

/**
 * Reads an ID number as people type it (spaces ignored, lower-case x accepted) and says what it
 * encodes, or the first problem with it. `today` bounds the birth date: nobody is born tomorrow.
 */
export function parseIdNumber(
  raw: string,
  today?: CalendarDate,
): { ok: true; value: IdNumberFacts } | { ok: false; problem: IdNumberProblem } {
  const idNumber = raw.replace(/\s+/g, "").toUpperCase();
  if (idNumber === "") return { ok: false, problem: "ID_NUMBER_EMPTY" };
  if (!/^\d{17}[\dX]$/.test(idNumber)) return { ok: false, problem: "ID_NUMBER_FORMAT" };
  if (!provinceCodes.has(idNumber.slice(0, 2))) return { ok: false, problem: "ID_NUMBER_REGION" };
  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  if (!isCalendarDate(birthDate) || birthDate < "1900-01-01" || (today !== undefined && birthDate > today)) {
    return { ok: false, problem: "ID_NUMBER_BIRTH_DATE" };
  }
  if (idNumberCheckCharacter(idNumber.slice(0, 17)) !== idNumber[17])
    return { ok: false, problem: "ID_NUMBER_CHECK_DIGIT" };
  const gender: Gender = Number(idNumber[16]) % 2 === 1 ? "MALE" : "FEMALE";
  return { ok: true, value: { idNumber, regionCode: idNumber.slice(0, 6), birthDate, gender } };
}

/** Builds a valid ID number from its parts; used for fictional demo people and tests. */
export function composeIdNumber(regionCode: string, birthDate: CalendarDate, sequence: number): string {
  if (!/^\d{6}$/.test(regionCode)) throw new RangeError("regionCode must be 6 digits");
  if (!isCalendarDate(birthDate)) throw new RangeError("birthDate must be a calendar date");
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) throw new RangeError("sequence must be 0…999");
  const first17 = `${regionCode}${birthDate.replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
  return first17 + idNumberCheckCharacter(first17);
}
