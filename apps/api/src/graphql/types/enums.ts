import {
  genderLabels,
  grassrootsClassLabels,
  organizationKindLabels,
  ownershipLabels,
  positionCategoryLabels,
  roleLabels,
  skillGradeLabels,
} from "@jinzhou/domain";
import { builder } from "../builder.ts";

// The enum values and their Chinese descriptions come from the domain's labels.
export function enumFrom<T extends string>(name: string, labels: Record<T, string>) {
  const values = Object.fromEntries(
    Object.entries(labels).map(([value, label]) => [value, { description: label as string }]),
  );
  return builder.enumType(name, { values: values as Record<T, { description: string }> });
}

export const RoleEnum = enumFrom("Role", roleLabels);
export const OrganizationKindEnum = enumFrom("OrganizationKind", organizationKindLabels);
export const GrassrootsClassEnum = enumFrom("GrassrootsClass", grassrootsClassLabels);
export const OwnershipEnum = enumFrom("Ownership", ownershipLabels);
export const GenderEnum = enumFrom("Gender", genderLabels);
export const SkillGradeEnum = enumFrom("SkillGrade", skillGradeLabels);
export const PositionCategoryEnum = enumFrom("PositionCategory", positionCategoryLabels);

export const ListMetadata = builder.objectRef<{ count: number }>("ListMetadata").implement({
  fields: (t) => ({ count: t.exposeInt("count") }),
});
