import { registrationStates } from "@jinzhou/domain";

/** The registration states in the domain's order, each an i18n key. */
export const registrationStateChoices = registrationStates.map((state) => ({
  id: state,
  name: `resources.Registration.states.${state}`,
}));
