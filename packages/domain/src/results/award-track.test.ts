import { describe, expect, it } from "vitest";
import { awardTrackLevelLabels, cityAwardTrack, countyAwardTrack, isOnAwardTrack } from "./award-track.ts";

const guta = countyAwardTrack({ code: "GTQ", name: "古塔区", path: "/00000001/00000002/" });

describe("award tracks", () => {
  it("a county-level track holds only entrants from that county's subtree", () => {
    expect(isOnAwardTrack(guta, "/00000001/00000002/00000011/")).toBe(true);
    expect(isOnAwardTrack(guta, "/00000001/00000002/00000011/00000040/")).toBe(true);
    expect(isOnAwardTrack(guta, "/00000001/00000003/00000021/")).toBe(false);
  });

  it("an entrant from an industry union under the city federation is on the city-level track only", () => {
    const industry = "/00000001/00000051/00000052/";
    expect(isOnAwardTrack(cityAwardTrack, industry)).toBe(true);
    expect(isOnAwardTrack(guta, industry)).toBe(false);
  });

  it("names the two levels as suggestion 6 does", () => {
    expect(awardTrackLevelLabels).toEqual({ CITY: "市级", COUNTY: "县(市)区级" });
    expect(guta).toEqual({
      level: "COUNTY",
      key: "COUNTY-GTQ",
      name: "县(市)区级（古塔区）",
      countyCode: "GTQ",
      countyPath: "/00000001/00000002/",
    });
  });
});
