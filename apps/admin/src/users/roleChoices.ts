import { type Role, roles } from "@jinzhou/domain";

/** The roles as choices, in the domain's order; names are i18n keys (`enums.role.*`). */
export const roleChoices = roles.map((id) => ({ id, name: `enums.role.${id}` }));

export const isRole = (value: unknown): value is Role => roles.includes(value as Role);
