import { describe, expect, it } from "vitest";
import { awardText } from "./certificatesApi.ts";

describe("a certificate's award text", () => {
  it("joins the level, the award and the titles", () => {
    expect(awardText({ levelName: "市级", awardName: "一等奖", titles: ["状元"] })).toBe("市级 一等奖 · 状元");
    expect(awardText({ levelName: "县(市)区级（古塔区）", awardName: "二等奖", titles: [] })).toBe(
      "县(市)区级（古塔区） 二等奖",
    );
    expect(awardText({ levelName: null, awardName: null, titles: [] })).toBe("");
  });
});
