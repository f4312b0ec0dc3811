import { describe, expect, it } from "vitest";
import { activityKindLabels, activityKinds, isActivityKind } from "./activity-kind.ts";
import { activityStateLabels, activityStates, isActivityState } from "./activity-state.ts";

describe("activity kinds and states", () => {
  it("has a Chinese label for each of the eight kinds", () => {
    expect(activityKinds.map((kind) => activityKindLabels[kind])).toEqual([
      "职业技能大赛",
      "劳动竞赛",
      "文艺比赛",
      "展演",
      "体育赛事",
      "劳模选树",
      "最美劳动者",
      "创新工作奖",
    ]);
  });

  it("recognizes kinds and states", () => {
    expect(isActivityKind("TOURNAMENT")).toBe(true);
    expect(isActivityKind("PICNIC")).toBe(false);
    expect(isActivityState("PUBLIC_NOTICE")).toBe(true);
    expect(isActivityState("ARCHIVED")).toBe(false);
    expect(activityStates.map((state) => activityStateLabels[state])).toContain("结果公示");
  });
});
