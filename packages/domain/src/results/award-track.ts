import { isWithinSubtree } from "../organization-tree.ts";

/**
 * The two award levels suggestion 6 asks for (区分市与县(市)区两个层级设置奖项): a city-level track
 * ranks everyone in the category; a county-level track ranks only entrants whose home
 * organization lies in that county federation's subtree. Entrants from an industry union directly
 * under the city federation belong to no county and appear only on the city-level track.
 */
export type AwardTrack =
  | { level: "CITY"; key: string; name: string }
  | { level: "COUNTY"; key: string; name: string; countyCode: string; countyPath: string };

export type AwardTrackLevel = AwardTrack["level"];

export const awardTrackLevelLabels: Record<AwardTrackLevel, string> = {
  CITY: "市级",
  COUNTY: "县(市)区级",
};

/** Key "CITY"; county tracks are keyed "COUNTY-<code>", so city-level sorts first by key. */
export const cityAwardTrack: AwardTrack = { level: "CITY", key: "CITY", name: "市级" };

export function countyAwardTrack(county: { code: string; name: string; path: string }): AwardTrack {
  return {
    level: "COUNTY",
    key: `COUNTY-${county.code}`,
    name: `县(市)区级（${county.name}）`,
    countyCode: county.code,
    countyPath: county.path,
  };
}

/** Whether an entrant whose home organization is at `organizationPath` is ranked on the track. */
export function isOnAwardTrack(track: AwardTrack, organizationPath: string): boolean {
  return track.level === "CITY" || isWithinSubtree(organizationPath, track.countyPath);
}
