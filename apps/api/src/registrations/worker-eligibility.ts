import {
  type EligibilityCandidate,
  type EligibilityContext,
  type RegistrationState,
  storedToCalendarDate,
} from "@jinzhou/domain";

/** What eligibility needs of a worker, as read with their unit, honours and accidents. */
export interface EligibilityWorker {
  birthDate: Date;
  gender: EligibilityCandidate["gender"];
  memberCardNumber: string | null;
  skillGrade: EligibilityCandidate["skillGrade"];
  positionCategory: EligibilityCandidate["positionCategory"];
  trade: string;
  organization: { path: string; name: string; safetyAccidents: { occurredOn: string }[] };
  honours: { code: string }[];
}

/** The domain's candidate for checkEligibility, from a worker row. */
export function eligibilityCandidateOf(worker: EligibilityWorker): EligibilityCandidate {
  return {
    birthDate: storedToCalendarDate(worker.birthDate),
    gender: worker.gender,
    unionMember: worker.memberCardNumber !== null,
    skillGrade: worker.skillGrade,
    positionCategory: worker.positionCategory,
    trade: worker.trade,
    organizationPath: worker.organization.path,
    organizationName: worker.organization.name,
    honoursHeld: worker.honours.map((honour) => honour.code),
    unitSeriousAccidentDates: worker.organization.safetyAccidents.map((accident) => accident.occurredOn),
  };
}

/** The worker's entries in one activity, as checkEligibility's context lists them. */
export function existingEntriesOf(
  memberships: readonly {
    registration: { id: number; state: RegistrationState; category: { key: string; name: string } };
  }[],
): EligibilityContext["existingEntries"] {
  return memberships.map(({ registration }) => ({
    registrationId: registration.id,
    categoryId: registration.category.key,
    categoryName: registration.category.name,
    state: registration.state,
  }));
}
