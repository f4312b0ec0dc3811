import type { CalendarDate } from "../china-time.ts";
import type { Reason } from "../errors.ts";
import type { Gender } from "../id-number.ts";
import type { RegistrationState } from "../places/registration-state.ts";
import type { PositionCategory, SkillGrade } from "../worker.ts";

/**
 * Who may enter an activity or one of its categories. Every rule is optional; those present all
 * apply (a conjunction), and rule sets compose the same way: checkEligibility takes the activity's
 * rules and the category's together (e.g. "union members aged 18–45" and, for 女子单打, "women").
 */
export interface EligibilityRules {
  /** The date ages and the accident window are counted on, named as people know it. */
  referenceDate?: EligibilityReferenceDate;
  /** Whole years of age on the reference date, bounds included. */
  ageRange?: EligibilityAgeRange;
  unionMembershipRequired?: boolean;
  /** This grade or higher (五级/初级工 lowest … 一级/高级技师 highest). */
  minimumSkillGrade?: SkillGrade;
  /** Only these position categories (e.g. 最美劳动者: ordinary front-line workers). Not with `excluded…`. */
  allowedPositionCategories?: readonly PositionCategory[];
  /** Every position category but these (e.g. no enterprise heads 企业负责人). Not with `allowed…`. */
  excludedPositionCategories?: readonly PositionCategory[];
  /** Only men or only women (男单 / 女单, a women workers' contest). */
  gender?: Gender;
  /** Only workers registered with one of these trades (工种), for a skills contest's trade category. */
  trades?: readonly string[];
  /** Only workers whose grassroots union is in this subtree (a county's own contest). */
  homeOrganization?: EligibilityOrganization;
  entriesPerWorker?: EntriesPerWorker;
  /** Honours that, already held, exclude a candidate: the one being selected (劳动模范 …). */
  excludedHonours?: readonly EligibilityHonour[];
  /** Candidates from a unit with a serious safety accident (重大安全事故) recently are ineligible. */
  seriousAccidentExclusion?: { withinYears?: number };
}

export interface EligibilityReferenceDate {
  date: CalendarDate;
  /** How the message names it, e.g. "报名截止日". */
  name: string;
}

export interface EligibilityAgeRange {
  min: number | null;
  max: number | null;
}

export type EntriesPerWorker = "ONE_PER_ACTIVITY" | "ONE_PER_CATEGORY";

export const entriesPerWorkerLabels: Record<EntriesPerWorker, string> = {
  ONE_PER_ACTIVITY: "每人限报一个项目",
  ONE_PER_CATEGORY: "同一项目每人限报一次",
};

export interface EligibilityHonour {
  code: string;
  /** The title as written, e.g. "劳动模范". */
  name: string;
}

export interface EligibilityOrganization {
  rootPath: string;
  name: string;
}

export const registrationDeadlineReferenceName = "报名截止日";

/** "近三年内": the default window for serious safety accidents. */
export const defaultSeriousAccidentYears = 3;

/** The limits of a sensible age bound; workers are enrolled from 16. */
export const eligibilityAgeBounds = { min: 16, max: 100 } as const;

export const maximumSeriousAccidentYears = 20;

/** What the rules need to know of a candidate (a worker being registered or nominated). */
export interface EligibilityCandidate {
  birthDate: CalendarDate;
  gender: Gender;
  /** A union member on record (e.g. a member card number is registered). */
  unionMember: boolean;
  skillGrade: SkillGrade | null;
  positionCategory: PositionCategory;
  trade: string;
  /** The candidate's grassroots union. */
  organizationPath: string;
  organizationName: string;
  /** Codes of the honours the candidate already holds. */
  honoursHeld: readonly string[];
  /** Dates of serious safety accidents recorded against the candidate's unit. */
  unitSeriousAccidentDates: readonly CalendarDate[];
}

/** One of the candidate's registrations in the same activity. */
export interface EligibilityEntry {
  registrationId: number;
  categoryId: string;
  categoryName: string;
  state: RegistrationState;
}

export interface EligibilityContext {
  /** The category being entered. */
  categoryId: string;
  /** When rechecking a registration already made: it does not count against itself. */
  registrationId?: number | null;
  /** The candidate's registrations in this activity, in any state (withdrawn and rejected ones do not count). */
  existingEntries: readonly EligibilityEntry[];
}

export type EligibilityOutcome = { eligible: true } | { eligible: false; reasons: Reason[] };
