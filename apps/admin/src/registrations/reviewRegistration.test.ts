import { describe, expect, it } from "vitest";
import { awaitsReview, entrantName, reasonRequired } from "./reviewRegistration.ts";

describe("the review helpers", () => {
  it("name a team by its name and an individual or pair by the members' names", () => {
    expect(entrantName({ name: "钳工一队", members: [{ name: "李强" }] })).toBe("钳工一队");
    expect(entrantName({ name: null, members: [{ name: "李强" }, { name: "王秀英" }] })).toBe("李强、王秀英");
    expect(entrantName({ name: null, members: [] })).toBe("");
  });

  it("offer review only while a registration waits for a level of the chain", () => {
    expect(awaitsReview("PENDING_UNIT")).toBe(true);
    expect(awaitsReview("PENDING_COUNTY")).toBe(true);
    expect(awaitsReview("PENDING_ORGANIZER")).toBe(true);
    for (const state of ["APPROVED", "RETURNED", "REJECTED", "WAITLISTED", "CONFIRMED", "WITHDRAWN", undefined]) {
      expect(awaitsReview(state)).toBe(false);
    }
  });

  it("require a reason to return or reject, not to approve", () => {
    expect(reasonRequired("APPROVE")).toBe(false);
    expect(reasonRequired("RETURN")).toBe(true);
    expect(reasonRequired("REJECT")).toBe(true);
  });
});
