import { describe, expect, it } from "vitest";
import { spotsOf } from "./register-errors.ts";

describe("spotsOf", () => {
  it("puts a partner's reasons next to the partner and the registrant's at the top", () => {
    const spots = spotsOf(
      [
        { field: "members[0]", code: "AGE_OUT_OF_RANGE", message: "年龄不符" },
        { field: "members[1]", code: "GENDER_NOT_ALLOWED", message: "王秀英：性别不符" },
      ],
      "pair",
      "王秀英",
    );
    expect(spots.get("category")).toEqual(["年龄不符"]);
    expect(spots.get("partner")).toEqual(["王秀英：性别不符"]);
  });

  it("recognizes an ALREADY_REGISTERED that names the partner", () => {
    const spots = spotsOf(
      [{ field: "categoryId", code: "ALREADY_REGISTERED", message: "王秀英已报名“双打”（待单位审核），不能重复报名" }],
      "pair",
      "王秀英",
    );
    expect(spots.get("partner")).toHaveLength(1);
    expect(spots.has("category")).toBe(false);
  });

  it("places a team's problems on members, name and leader", () => {
    const spots = spotsOf(
      [
        { field: "members", code: "MEMBER_COUNT", message: "“合唱”每份报名须有 至少 20 人，现有 3 人" },
        { field: "name", code: "REQUIRED", message: "请填写队伍名称" },
        { field: "leaderWorkerId", code: "LEADER_REQUIRED", message: "请指定一名队长" },
        { field: "members[2]", code: "NOT_ELIGIBLE", message: "李强：须为工会会员" },
      ],
      "team",
      null,
    );
    expect(spots.get("members")).toHaveLength(2);
    expect(spots.get("name")).toEqual(["请填写队伍名称"]);
    expect(spots.get("leader")).toEqual(["请指定一名队长"]);
  });
});
