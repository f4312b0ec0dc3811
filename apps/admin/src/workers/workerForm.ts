import {
  ageOn,
  type CalendarDate,
  chinaDateOf,
  type Gender,
  type PositionCategory,
  parseIdNumber,
  type SkillGrade,
  validateWorkerInput,
} from "@jinzhou/domain";

/** The worker form's values, as react-admin holds them (null for an empty input). */
export interface WorkerFormValues {
  name?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  organizationId?: string | null;
  trade?: string | null;
  skillGrade?: SkillGrade | null;
  positionCategory?: PositionCategory | null;
  migrantWorker?: boolean | null;
  memberCardNumber?: string | null;
  /** Set by the API when this user sees the ID number and phone masked: they cannot change them. */
  sensitiveMasked?: boolean | null;
}

/** Today in China, the date ages and birth dates are checked against. */
export function chinaToday(): CalendarDate {
  return chinaDateOf(new Date());
}

/**
 * Form-level validation with the domain's rules and Chinese messages, the same ones the API
 * applies: a wrong check digit in the ID number is reported while the user types it.
 */
export function validateWorkerForm(
  values: WorkerFormValues,
  today: CalendarDate = chinaToday(),
): Record<string, string> {
  const checked = validateWorkerInput(
    {
      name: values.name ?? "",
      idNumber: values.idNumber ?? "",
      phone: values.phone ?? "",
      trade: values.trade ?? "",
      skillGrade: values.skillGrade ?? null,
      // An empty choice is not a category; the domain reports it as "请选择岗位类别".
      positionCategory: (values.positionCategory ?? "") as PositionCategory,
      migrantWorker: values.migrantWorker ?? false,
      memberCardNumber: values.memberCardNumber ?? null,
    },
    today,
  );
  const errors: Record<string, string> = {};
  if (!checked.ok) {
    for (const error of checked.errors) {
      if (values.sensitiveMasked && (error.field === "idNumber" || error.field === "phone")) continue;
      errors[error.field] ??= error.message;
    }
  }
  if (!values.organizationId) errors.organizationId = "resources.Worker.validation.organizationId";
  return errors;
}

export interface IdNumberReading {
  gender: Gender;
  birthDate: CalendarDate;
  age: number;
}

/** What a valid ID number says about its holder, for the read-only preview; null until valid. */
export function readIdNumber(
  idNumber: string | null | undefined,
  today: CalendarDate = chinaToday(),
): IdNumberReading | null {
  const parsed = parseIdNumber(idNumber ?? "", today);
  if (!parsed.ok) return null;
  const { gender, birthDate } = parsed.value;
  return { gender, birthDate, age: ageOn(birthDate, today) };
}
