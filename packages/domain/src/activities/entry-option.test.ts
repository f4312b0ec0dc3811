import { describe, expect, it } from "vitest";
import { decideEntryOption, type EntryOptionInput } from "./entry-option.ts";

const open: EntryOptionInput = {
  activity: {
    name: "第二届“状元杯”职工职业技能大赛",
    state: "REGISTRATION_OPEN",
    registrationClosesOn: "2015-05-10",
    entryChannels: ["SELF_REGISTRATION", "UNIT_NOMINATION"],
  },
  category: { name: "车工", entrant: { type: "INDIVIDUAL", members: { min: 1, max: 1 } } },
  today: "2015-05-10",
  eligibility: { eligible: true },
  liveEntry: null,
};

describe("decideEntryOption", () => {
  it("lets an eligible worker register on the deadline day itself", () => {
    expect(decideEntryOption(open)).toEqual({ canRegister: true, reasons: [], needsTeammates: false });
  });

  it("gives every reason at once: deadline passed, an entry already held, and each eligibility reason", () => {
    const option = decideEntryOption({
      ...open,
      today: "2015-05-11",
      liveEntry: { categoryName: "焊工", state: "PENDING_UNIT" },
      eligibility: {
        eligible: false,
        reasons: [{ code: "AGE_OUT_OF_RANGE", message: "报名截止日 2015年5月10日 时您 47 岁，本项目限 18–45 岁" }],
      },
    });
    expect(option.canRegister).toBe(false);
    expect(option.reasons).toEqual([
      { code: "REGISTRATION_CLOSED", message: "报名已于 2015年5月10日 截止" },
      { code: "ALREADY_REGISTERED", message: "您已报名“焊工”（待单位审核）" },
      { code: "AGE_OUT_OF_RANGE", message: "报名截止日 2015年5月10日 时您 47 岁，本项目限 18–45 岁" },
    ]);
  });

  it("says when the activity is not taking entries, and when a category takes them only from units", () => {
    const option = decideEntryOption({
      ...open,
      activity: { ...open.activity, state: "JUDGING", entryChannels: ["UNIT_NOMINATION"] },
    });
    expect(option.reasons.map((reason) => reason.code)).toEqual([
      "REGISTRATION_CLOSED",
      "SELF_REGISTRATION_NOT_ALLOWED",
    ]);
    expect(option.reasons[0]?.message).toBe("“第二届“状元杯”职工职业技能大赛”现在不在报名期");
    const unitCategory = decideEntryOption({
      ...open,
      category: { name: "优秀组织奖", entrant: { type: "UNIT", members: null } },
    });
    expect(unitCategory.reasons.map((reason) => reason.code)).toEqual(["SELF_REGISTRATION_NOT_ALLOWED"]);
    expect(unitCategory.needsTeammates).toBe(false);
  });

  it("tells a doubles player or a choir member that teammates must be named", () => {
    const doubles = decideEntryOption({
      ...open,
      category: { name: "男双", entrant: { type: "TEAM", members: { min: 2, max: 2 } } },
    });
    expect(doubles).toEqual({ canRegister: true, reasons: [], needsTeammates: true });
    const choir = decideEntryOption({
      ...open,
      category: { name: "合唱", entrant: { type: "TEAM", members: { min: 20, max: null } } },
    });
    expect(choir.needsTeammates).toBe(true);
  });
});
