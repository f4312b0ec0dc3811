import { describe, expect, it } from "vitest";
import { mayViewLiveVoteCounts } from "./live-vote-counts.ts";
import { defaultVotingRules } from "./voting-rules.ts";

describe("mayViewLiveVoteCounts", () => {
  it("hides counts from the public, workers and judges unless the organizer shows them", () => {
    for (const role of [null, "WORKER", "JUDGE", "UNIT_ADMIN"] as const) {
      expect(mayViewLiveVoteCounts(defaultVotingRules, role)).toBe(false);
      expect(mayViewLiveVoteCounts({ ...defaultVotingRules, showLiveCounts: true }, role)).toBe(true);
    }
  });

  it("always shows them to the admin and organizers", () => {
    expect(mayViewLiveVoteCounts(defaultVotingRules, "ADMIN")).toBe(true);
    expect(mayViewLiveVoteCounts(defaultVotingRules, "ORGANIZER")).toBe(true);
  });
});
