import { calendarDateOf, lastDayOfMonth } from "./calendar-days.ts";
import { ageOn, type CalendarDate } from "./china-time.ts";
import type { FieldError, Validated } from "./errors.ts";
import { type Gender, idNumberProblemMessages, parseIdNumber } from "./id-number.ts";

export type SkillGrade = "GRADE_5" | "GRADE_4" | "GRADE_3" | "GRADE_2" | "GRADE_1";
export type PositionCategory = "FRONT_LINE" | "TECHNICAL" | "MANAGER" | "ENTERPRISE_HEAD";

export const skillGradeLabels: Record<SkillGrade, string> = {
  GRADE_5: "五级/初级工",
  GRADE_4: "四级/中级工",
  GRADE_3: "三级/高级工",
  GRADE_2: "二级/技师",
  GRADE_1: "一级/高级技师",
};

export const positionCategoryLabels: Record<PositionCategory, string> = {
  FRONT_LINE: "一线职工",
  TECHNICAL: "专业技术人员",
  MANAGER: "管理人员",
  ENTERPRISE_HEAD: "企业负责人",
};

export const genderLabels: Record<Gender, string> = { MALE: "男", FEMALE: "女" };

/** 青年职工: 35 or younger on the reference date, the usual bound in union work. */
export const youngWorkerMaxAge = 35;

export function isYoungWorker(birthDate: CalendarDate, referenceDate: CalendarDate): boolean {
  return ageOn(birthDate, referenceDate) <= youngWorkerMaxAge;
}

/** What a person types to enrol a worker; gender and birth date come from the ID number. */
export interface WorkerInput {
  name: string;
  idNumber: string;
  phone: string;
  trade: string;
  skillGrade: SkillGrade | null;
  positionCategory: PositionCategory;
  migrantWorker: boolean;
  memberCardNumber: string | null;
}

export interface WorkerFields extends WorkerInput {
  gender: Gender;
  birthDate: CalendarDate;
}

const skillGrades = new Set<string>(Object.keys(skillGradeLabels));
const positionCategories = new Set<string>(Object.keys(positionCategoryLabels));

/** Mainland mobile numbers: 11 digits starting 13–19. */
export function isMobilePhone(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone);
}

/** Checks every field and reports every problem at once, with gender and birth date derived. */
export function validateWorkerInput(input: WorkerInput, today: CalendarDate): Validated<WorkerFields> {
  const errors: FieldError[] = [];
  const name = input.name.trim().replace(/\s+/g, " ");
  if (name.length === 0) errors.push({ field: "name", code: "REQUIRED", message: "请填写姓名" });
  else if (name.length > 50) errors.push({ field: "name", code: "TOO_LONG", message: "姓名不能超过 50 个字" });

  const id = parseIdNumber(input.idNumber, today);
  if (!id.ok) errors.push({ field: "idNumber", code: id.problem, message: idNumberProblemMessages[id.problem] });
  else if (ageOn(id.value.birthDate, today) < 16) {
    errors.push({ field: "idNumber", code: "WORKER_TOO_YOUNG", message: "按身份证号计算未满 16 周岁，不能登记为职工" });
  }

  const phone = input.phone.replace(/[\s-]/g, "");
  if (phone === "") errors.push({ field: "phone", code: "REQUIRED", message: "请填写手机号" });
  else if (!isMobilePhone(phone))
    errors.push({ field: "phone", code: "PHONE_FORMAT", message: "手机号应为 11 位数字，以 13–19 开头" });

  const trade = input.trade.trim();
  if (trade === "") errors.push({ field: "trade", code: "REQUIRED", message: "请填写工种" });
  else if (trade.length > 50) errors.push({ field: "trade", code: "TOO_LONG", message: "工种不能超过 50 个字" });

  if (input.skillGrade !== null && !skillGrades.has(input.skillGrade)) {
    errors.push({ field: "skillGrade", code: "UNKNOWN_VALUE", message: "请从列表中选择职业技能等级" });
  }
  if (!positionCategories.has(input.positionCategory)) {
    errors.push({ field: "positionCategory", code: "REQUIRED", message: "请选择岗位类别" });
  }
  const memberCardNumber = input.memberCardNumber?.trim() || null;
  if (memberCardNumber !== null && !/^[0-9A-Za-z-]{4,32}$/.test(memberCardNumber)) {
    errors.push({
      field: "memberCardNumber",
      code: "MEMBER_CARD_FORMAT",
      message: "会员卡号为 4–32 位字母、数字或连字符",
    });
  }
  if (errors.length > 0 || !id.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      name,
      idNumber: id.value.idNumber,
      phone,
      trade,
      skillGrade: input.skillGrade,
      positionCategory: input.positionCategory,
      migrantWorker: input.migrantWorker,
      memberCardNumber,
      gender: id.value.gender,
      birthDate: id.value.birthDate,
    },
  };
}

/**
 * The latest birth date that is NOT young on `today`: a worker is young exactly when born after
 * it. A 29 February bound in a common year becomes 28 February (the same set of birth dates).
 */
export function youngWorkerBornAfter(today: CalendarDate): CalendarDate {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const boundYear = year - youngWorkerMaxAge - 1;
  return calendarDateOf(boundYear, month, Math.min(day, lastDayOfMonth(boundYear, month)));
}
