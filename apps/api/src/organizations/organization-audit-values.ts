import type { Organization } from "@jinzhou/db";

/** An organization as the audit log records it (recordAuditEntry masks the contact phone). */
export function organizationAuditValues(organization: Organization) {
  return {
    id: organization.id,
    code: organization.code,
    name: organization.name,
    kind: organization.kind,
    parentId: organization.parentId,
    path: organization.path,
    grassrootsClass: organization.grassrootsClass,
    ownership: organization.ownership,
    frontlineHeadcount: organization.frontlineHeadcount,
    contactPerson: organization.contactPerson,
    contactPhone: organization.contactPhone,
  };
}
