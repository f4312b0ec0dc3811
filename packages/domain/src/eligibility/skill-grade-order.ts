import type { SkillGrade } from "../worker.ts";

/** 五级/初级工 lowest … 一级/高级技师 highest: the national grades count down as skill goes up. */
export const skillGradesFromLowest: readonly SkillGrade[] = ["GRADE_5", "GRADE_4", "GRADE_3", "GRADE_2", "GRADE_1"];

export function isSkillGradeAtLeast(grade: SkillGrade, minimum: SkillGrade): boolean {
  return skillGradesFromLowest.indexOf(grade) >= skillGradesFromLowest.indexOf(minimum);
}
