import type { CalendarDate } from "../china-time.ts";
import type { Gender } from "../id-number.ts";
import { type GrassrootsClass, grassrootsClassLabels, type Ownership } from "../organization-tree.ts";
import {
  isYoungWorker,
  type PositionCategory,
  positionCategoryLabels,
  type SkillGrade,
  skillGradeLabels,
} from "../worker.ts";

/** What composition limits can count a candidate by: their own facts and their unit's. */
export interface CompositionCandidateFacts {
  positionCategory: PositionCategory;
  gender: Gender;
  /** 青年职工 on the activity's reference date (see `compositionCandidateFacts`). */
  youngWorker: boolean;
  /** The candidate's enterprise is non-public (非公有制企业). */
  nonPublicEnterprise: boolean;
  migrantWorker: boolean;
  skillGrade: SkillGrade | null;
  /** The class of the candidate's grassroots union; null when not recorded. */
  grassrootsClass: GrassrootsClass | null;
}

/** A candidate (候选人) on a nominated list. */
export interface CompositionCandidate {
  id: string | number;
  facts: CompositionCandidateFacts;
}

/**
 * The facts of a worker nominated from a unit. Youth depends on a date, and the activity names it
 * (usually the nomination deadline), so the same list counts the same way whenever it is checked.
 */
export function compositionCandidateFacts(
  worker: {
    positionCategory: PositionCategory;
    gender: Gender;
    birthDate: CalendarDate;
    migrantWorker: boolean;
    skillGrade: SkillGrade | null;
  },
  unit: { ownership: Ownership | null; grassrootsClass: GrassrootsClass | null },
  referenceDate: CalendarDate,
): CompositionCandidateFacts {
  return {
    positionCategory: worker.positionCategory,
    gender: worker.gender,
    youngWorker: isYoungWorker(worker.birthDate, referenceDate),
    nonPublicEnterprise: unit.ownership === "NON_PUBLIC",
    migrantWorker: worker.migrantWorker,
    skillGrade: worker.skillGrade,
    grassrootsClass: unit.grassrootsClass,
  };
}

const genders: readonly Gender[] = ["MALE", "FEMALE"];
const booleans = [false, true] as const;

/**
 * Every combination of facts a candidate can have (4 × 2 × 2 × 2 × 2 × 6 × 5 = 1920). Limits count
 * by these facts only, so two limits' sets can be compared exactly by trying every combination.
 */
export function everyCompositionCandidateFacts(): CompositionCandidateFacts[] {
  const positionCategories = Object.keys(positionCategoryLabels) as PositionCategory[];
  const skillGrades: (SkillGrade | null)[] = [...(Object.keys(skillGradeLabels) as SkillGrade[]), null];
  const classes: (GrassrootsClass | null)[] = [...(Object.keys(grassrootsClassLabels) as GrassrootsClass[]), null];
  const all: CompositionCandidateFacts[] = [];
  for (const positionCategory of positionCategories)
    for (const gender of genders)
      for (const youngWorker of booleans)
        for (const nonPublicEnterprise of booleans)
          for (const migrantWorker of booleans)
            for (const skillGrade of skillGrades)
              for (const grassrootsClass of classes)
                all.push({
                  positionCategory,
                  gender,
                  youngWorker,
                  nonPublicEnterprise,
                  migrantWorker,
                  skillGrade,
                  grassrootsClass,
                });
  return all;
}
