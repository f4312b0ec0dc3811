import {
  genderLabels,
  grassrootsClassLabels,
  organizationKindLabels,
  ownershipLabels,
  positionCategoryLabels,
  skillGradeLabels,
} from "@jinzhou/domain";

/**
 * Choices for inputs and fields of the API's enums, in the domain's order. Each name is an i18n
 * key (`enums.<enum>.<value>`) that react-admin translates, so English works too.
 */
function choicesOf(enumName: string, labels: Record<string, string>) {
  return Object.keys(labels).map((value) => ({ id: value, name: `enums.${enumName}.${value}` }));
}

export const organizationKindChoices = choicesOf("organizationKind", organizationKindLabels);
export const grassrootsClassChoices = choicesOf("grassrootsClass", grassrootsClassLabels);
export const ownershipChoices = choicesOf("ownership", ownershipLabels);
export const genderChoices = choicesOf("gender", genderLabels);
export const skillGradeChoices = choicesOf("skillGrade", skillGradeLabels);
export const positionCategoryChoices = choicesOf("positionCategory", positionCategoryLabels);
