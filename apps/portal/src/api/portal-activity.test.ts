import { describe, expect, it } from "vitest";
import { type PortalCategory, placesLeftOf } from "./portal-activity.ts";

const category = (placesLeft: number | null): PortalCategory => ({
  id: "1",
  key: "MS",
  name: "男单",
  entrantType: "INDIVIDUAL",
  capacity: placesLeft === null ? null : 16,
  placesLeft,
  waitingCount: 0,
  selfRegistration: true,
  minMembers: null,
  maxMembers: null,
});

describe("placesLeftOf", () => {
  it("adds the places left of the categories that have a capacity", () => {
    expect(placesLeftOf({ categories: [category(3), category(0), category(null)] })).toBe(3);
  });

  it("is null when no category limits its places", () => {
    expect(placesLeftOf({ categories: [category(null)] })).toBeNull();
    expect(placesLeftOf({ categories: [] })).toBeNull();
  });
});
