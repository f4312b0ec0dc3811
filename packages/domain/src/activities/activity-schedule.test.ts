import { describe, expect, it } from "vitest";
import { emptyActivitySchedule, validateActivitySchedule } from "./activity-schedule.ts";

describe("validateActivitySchedule", () => {
  it("a draft may leave every date empty; registration may not", () => {
    expect(validateActivitySchedule(emptyActivitySchedule, false)).toEqual([]);
    expect(validateActivitySchedule(emptyActivitySchedule, true).map((error) => [error.field, error.message])).toEqual([
      ["registrationOpensOn", "请设置报名开始日期"],
      ["registrationClosesOn", "请设置报名截止日期"],
      ["judgingEndsOn", "请设置评审结束日期"],
      ["completedBy", "请设置完成时限"],
    ]);
  });

  it("dates in order, the same day allowed", () => {
    expect(
      validateActivitySchedule(
        {
          registrationOpensOn: "2015-04-01",
          registrationClosesOn: "2015-04-10",
          judgingEndsOn: "2015-04-10",
          completedBy: "2015-04-30",
        },
        true,
      ),
    ).toEqual([]);
  });

  it("reports a malformed date and every pair out of order", () => {
    const errors = validateActivitySchedule(
      {
        registrationOpensOn: "2015-05-01",
        registrationClosesOn: "2015-04-10",
        judgingEndsOn: "2015-02-30",
        completedBy: "2015-04-01",
      },
      false,
    );
    // 2015-02-30 is skipped for ordering; 4-10 < 5-01 and 4-01 < 4-10 are both out of order.
    expect(errors.map((error) => [error.field, error.code, error.message])).toEqual([
      ["judgingEndsOn", "SCHEDULE_DATE_INVALID", "评审结束日期“2015-02-30”不是有效日期"],
      [
        "registrationClosesOn",
        "SCHEDULE_OUT_OF_ORDER",
        "报名截止日期（2015年4月10日）不能早于报名开始日期（2015年5月1日）",
      ],
      ["completedBy", "SCHEDULE_OUT_OF_ORDER", "完成时限（2015年4月1日）不能早于报名截止日期（2015年4月10日）"],
    ]);
  });
});
