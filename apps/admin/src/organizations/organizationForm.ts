import {
  checkPlacement,
  type GrassrootsClass,
  type OrganizationKind,
  type Ownership,
  validateOrganizationInput,
} from "@jinzhou/domain";

/** The organization form's values, as react-admin holds them (null for an empty input). */
export interface OrganizationFormValues {
  parentId?: string | null;
  kind?: OrganizationKind | null;
  code?: string | null;
  name?: string | null;
  grassrootsClass?: GrassrootsClass | null;
  ownership?: Ownership | null;
  frontlineHeadcount?: number | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
}

/**
 * Form-level validation with the domain's own rules, so the panel says exactly what the API will
 * say, in the same words (react-admin shows a message that is not an i18n key as it is). Where the organization hangs in the tree is checked by the API, which
 * knows the parent's kind; its answer appears under the parent input.
 */
export function validateOrganizationForm(values: OrganizationFormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.kind) errors.kind = "resources.Organization.validation.kind";
  else if (!values.parentId) {
    for (const error of checkPlacement({ kind: values.kind, parent: null })) errors[error.field] = error.message;
  }
  const checked = validateOrganizationInput({
    code: values.code ?? "",
    name: values.name ?? "",
    kind: values.kind ?? "GRASSROOTS_UNION",
    grassrootsClass: values.grassrootsClass ?? null,
    ownership: values.ownership ?? null,
    frontlineHeadcount: values.frontlineHeadcount ?? null,
    contactPerson: values.contactPerson ?? null,
    contactPhone: values.contactPhone ?? null,
  });
  if (!checked.ok) {
    for (const error of checked.errors) {
      // Class and ownership only matter once the user has said this is a grassroots union.
      if (!values.kind && (error.field === "grassrootsClass" || error.field === "ownership")) continue;
      errors[error.field] ??= error.message;
    }
  }
  return errors;
}

/** Class and ownership belong to grassroots unions only: clear them for other kinds. */
export function organizationToSave<T extends OrganizationFormValues>(values: T): T {
  if (values.kind === "GRASSROOTS_UNION") return values;
  return { ...values, grassrootsClass: null, ownership: null };
}
