export interface OrganizationAwardRow {
  id: string;
  organizationId: string;
  organizationName: string;
  name: string;
  reason: string;
  grantedAt: string;
}

export const organizationAwardsQuery = `query OrganizationAwards($activityId: ID) {
  allOrganizationAwards(filter: { activityId: $activityId }, sortField: "id", sortOrder: "ASC", perPage: 500) {
    id organizationId organizationName name reason grantedAt
  }
}`;

export const organizationSearchQuery = `query OrganizationSearch($q: String) {
  allOrganizations(filter: { q: $q }, sortField: "path", sortOrder: "ASC", perPage: 20) { id name pathName }
}`;

export const grantMutation = `mutation Grant($activityId: ID!, $organizationId: ID!, $reason: String!, $name: String) {
  grantOrganizationAward(activityId: $activityId, organizationId: $organizationId, reason: $reason, name: $name) { id }
}`;

export const revokeMutation = `mutation Revoke($id: ID!, $reason: String!) { revokeOrganizationAward(id: $id, reason: $reason) { id } }`;

/** Whether the activity's configuration offers the 优秀组织奖 (the EXHIBITION template does). */
export function offersOrganizationAward(configuration: unknown): boolean {
  return (
    typeof configuration === "object" &&
    configuration !== null &&
    (configuration as { organizationAward?: unknown }).organizationAward === true
  );
}
