import { describe, expect, it } from "vitest";
import { orderedMenuEntries } from "./menuOrder.ts";

describe("the menu's order", () => {
  it("follows the year's work and keeps entries it does not know at the end", () => {
    expect(orderedMenuEntries(["Worker", "Activity", "Gadget"], ["roster-import", "my-scoring", "extra"])).toEqual([
      { page: "my-scoring" },
      { resource: "Activity" },
      { resource: "Worker" },
      { page: "roster-import" },
      { resource: "Gadget" },
      { page: "extra" },
    ]);
  });

  it("lists nothing that does not exist", () => {
    expect(orderedMenuEntries([], [])).toEqual([]);
  });
});
