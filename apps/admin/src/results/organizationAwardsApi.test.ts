import { describe, expect, it } from "vitest";
import { offersOrganizationAward } from "./organizationAwardsApi.ts";

describe("the organization award", () => {
  it("is offered only when the configuration says so", () => {
    expect(offersOrganizationAward({ organizationAward: true })).toBe(true);
    expect(offersOrganizationAward({ organizationAward: false })).toBe(false);
    expect(offersOrganizationAward({})).toBe(false);
    expect(offersOrganizationAward(null)).toBe(false);
  });
});
