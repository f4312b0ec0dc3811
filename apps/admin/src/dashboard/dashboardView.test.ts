import { describe, expect, it } from "vitest";
import type { DashboardActivity, DashboardOrganization } from "./dashboardApi.ts";
import { activitiesWithEntrants, chartOrder, niceMaximum, shareText, ticksUpTo, yearChoices } from "./dashboardView.ts";

const figures = (entrants: number) => ({
  entrants,
  youngEntrants: 0,
  nonPublicEntrants: 0,
  youngShare: entrants === 0 ? null : 0,
  nonPublicShare: entrants === 0 ? null : 0,
});

describe("niceMaximum", () => {
  it("rounds the largest value up to 1, 2 or 5 times a power of ten", () => {
    expect(niceMaximum([])).toBe(1);
    expect(niceMaximum([0, 0])).toBe(1);
    expect(niceMaximum([3])).toBe(5);
    expect(niceMaximum([7, 2])).toBe(10);
    expect(niceMaximum([10])).toBe(10);
    expect(niceMaximum([11])).toBe(20);
    expect(niceMaximum([230])).toBe(500);
    expect(niceMaximum([501])).toBe(1000);
  });
});

describe("ticksUpTo", () => {
  it("steps in whole numbers", () => {
    expect(ticksUpTo(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticksUpTo(1)).toEqual([0, 1]);
    expect(ticksUpTo(20, 4)).toEqual([0, 5, 10, 15, 20]);
  });
});

describe("shareText", () => {
  it("always shows one decimal", () => {
    expect(shareText(50)).toBe("50.0");
    expect(shareText(42.9)).toBe("42.9");
    expect(shareText(0)).toBe("0.0");
  });
});

describe("yearChoices", () => {
  it("offers 2015 to next year, newest first, and keeps a year shown outside that range", () => {
    expect(yearChoices("2016-03-01", 2016)).toEqual([2017, 2016, 2015]);
    expect(yearChoices("2015-06-15", 2014)).toEqual([2016, 2015, 2014]);
  });
});

describe("chartOrder", () => {
  it("puts the most entrants first (ties by pinyin: 古 gu before 凌 ling) and the direct row last", () => {
    const row = (name: string, entrants: number, direct = false): DashboardOrganization => ({
      organizationId: name,
      name,
      kind: "COUNTY_FEDERATION",
      direct,
      participation: figures(entrants),
    });
    const ordered = chartOrder([row("义县", 0), row("市总", 9, true), row("古塔区", 5), row("凌河区", 5)]);
    expect(ordered.map((entry) => entry.name)).toEqual(["古塔区", "凌河区", "义县", "市总"]);
  });
});

describe("activitiesWithEntrants", () => {
  it("leaves out activities without entrants or whose entries the viewer does not see", () => {
    const activity = (id: string, participation: DashboardActivity["participation"]): DashboardActivity => ({
      id,
      code: id,
      name: id,
      kind: "SKILLS_CONTEST",
      state: "REGISTRATION_OPEN",
      completedBy: null,
      deadlinePhrase: null,
      overdue: null,
      dueSoon: null,
      participation,
    });
    expect(activitiesWithEntrants([activity("a", figures(3)), activity("b", figures(0)), activity("c", null)])).toEqual(
      [activity("a", figures(3))],
    );
  });
});
