import { HttpError } from "react-admin";
import { describe, expect, it } from "vitest";
import { httpErrorFromGraphqlErrors } from "../dataProvider/graphqlErrors.ts";
import { isStaleVersion, refusalCode, refusalText } from "./apiErrors.ts";

describe("API refusals on the desk", () => {
  it("shows every reason of a refusal with several", () => {
    const error = httpErrorFromGraphqlErrors([
      {
        message: "不能这样安排比赛",
        extensions: {
          code: "MATCH_SCHEDULE_REFUSED",
          fieldErrors: [
            { field: "scheduledAt", code: "MATCH_COURT_DOUBLE_BOOKED", message: "1号场 在 9月26日 09:00 已安排" },
            { field: "scheduledAt", code: "MATCH_PLAYER_DOUBLE_BOOKED", message: "王强 在 9月26日 09:00 已有比赛" },
          ],
        },
      },
    ]);
    expect(refusalText(error)).toBe("不能这样安排比赛：1号场 在 9月26日 09:00 已安排；王强 在 9月26日 09:00 已有比赛");
    expect(refusalCode(error)).toBe("MATCH_SCHEDULE_REFUSED");
    expect(isStaleVersion(error)).toBe(false);
  });

  it("recognises a stale version", () => {
    const error = httpErrorFromGraphqlErrors([{ message: "数据已被他人修改", extensions: { code: "STALE_VERSION" } }]);
    expect(isStaleVersion(error)).toBe(true);
    expect(refusalText(error)).toBe("数据已被他人修改");
  });

  it("falls back to the message", () => {
    expect(refusalText(new HttpError("网络错误", 503))).toBe("网络错误");
    expect(refusalText("x")).toBe("x");
    expect(refusalCode(null)).toBeNull();
  });
});
