import { describe, expect, it } from "vitest";
import { chinaHolidayCalendar2015 } from "./official-holiday-calendars.ts";
import { type PublicNoticeObjectionFiling, validatePublicNoticeObjection } from "./public-notice-objection.ts";
import { computePublicNoticePeriod, type PublicNoticePeriod } from "./public-notice-period.ts";
import { defaultPublicNoticeRule, type PublicNoticeRule } from "./public-notice-rule.ts";
import { workingDayCalendarOf } from "./working-day-calendar.ts";

// Published Tue 2015-09-29 10:00 China; period 09-30 … 10-12 (see public-notice-period.test.ts).
const outcome = computePublicNoticePeriod(
  workingDayCalendarOf([chinaHolidayCalendar2015]),
  defaultPublicNoticeRule,
  new Date("2015-09-29T02:00:00Z"),
);
if (!outcome.ok) throw new Error("period");
const period: PublicNoticePeriod = outcome.period;

const filing: PublicNoticeObjectionFiling = {
  entryId: 7,
  content: "  该候选人所在企业 2014 年发生过安全事故。 ",
  contactName: " 王 建国 ",
  contactPhone: "139 0416 1234",
  otherContact: "",
};

function check(
  changes: Partial<PublicNoticeObjectionFiling>,
  filedAt: string,
  rule: PublicNoticeRule = defaultPublicNoticeRule,
) {
  return validatePublicNoticeObjection(
    { ...filing, ...changes },
    {
      period,
      rule,
      filedAt: new Date(filedAt),
      entryIdsOnNotice: [7, 8, 9],
    },
  );
}

describe("validatePublicNoticeObjection", () => {
  it("records a valid objection with cleaned fields", () => {
    expect(check({}, "2015-10-08T01:00:00Z")).toEqual({
      ok: true,
      value: {
        entryId: 7,
        content: "该候选人所在企业 2014 年发生过安全事故。",
        contactName: "王 建国",
        contactPhone: "13904161234",
        otherContact: null,
        filedAt: new Date("2015-10-08T01:00:00Z"),
        filedOn: "2015-10-08",
        late: false,
      },
    });
  });

  it("takes a landline or another contact instead of a mobile", () => {
    const landline = check({ contactPhone: "0416-2345678" }, "2015-10-08T01:00:00Z");
    expect(landline.ok && landline.value.contactPhone).toBe("0416-2345678");
    const email = check({ contactPhone: "", otherContact: " wang@example.cn " }, "2015-10-08T01:00:00Z");
    expect(email.ok && [email.value.contactPhone, email.value.otherContact]).toEqual([null, "wang@example.cn"]);
  });

  it("is on time on the day of publication and until 23:59:59 China time on the end date", () => {
    // 2015-09-29T02:30Z is 10:30 China, after publication at 10:00, before day 1 (09-30).
    expect(check({}, "2015-09-29T02:30:00Z")).toMatchObject({ ok: true, value: { late: false } });
    // 2015-10-12T15:59:59Z is 10-12 23:59:59 China, the end date.
    expect(check({}, "2015-10-12T15:59:59Z")).toMatchObject({ ok: true, value: { late: false } });
  });

  it("accepts and flags a late objection by default, refuses it under REFUSE", () => {
    // 2015-10-12T16:00:00Z is 10-13 00:00 China, the day after the end date.
    expect(check({}, "2015-10-12T16:00:00Z")).toMatchObject({ ok: true, value: { late: true, filedOn: "2015-10-13" } });
    expect(check({}, "2015-10-12T16:00:00Z", { ...defaultPublicNoticeRule, lateObjections: "REFUSE" })).toEqual({
      ok: false,
      errors: [
        { field: "filedAt", code: "OBJECTION_AFTER_NOTICE", message: "公示期已于 2015年10月12日 截止，不再受理异议" },
      ],
    });
  });

  it("refuses an objection before publication", () => {
    const result = check({}, "2015-09-29T01:59:59Z");
    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(["OBJECTION_BEFORE_NOTICE"]);
  });

  it("reports every problem at once", () => {
    const result = check(
      { entryId: 99, content: "   ", contactName: "", contactPhone: "", otherContact: "" },
      "2015-10-08T01:00:00Z",
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: "entryId", code: "OBJECTION_ENTRY_NOT_ON_NOTICE", message: "请选择公示名单中的异议对象" },
        { field: "content", code: "REQUIRED", message: "请填写异议内容，写明事实和理由" },
        { field: "contactName", code: "REQUIRED", message: "请填写联系人姓名（匿名异议不予受理）" },
        {
          field: "contactPhone",
          code: "CONTACT_REQUIRED",
          message: "请至少填写联系电话或其他联系方式（如电子邮箱、通信地址），以便答复",
        },
      ],
    });
  });

  it("reports lengths and a malformed phone", () => {
    const result = check(
      {
        content: "事".repeat(2001),
        contactName: "名".repeat(51),
        contactPhone: "12345",
        otherContact: "址".repeat(101),
      },
      "2015-10-08T01:00:00Z",
    );
    expect(result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`)).toEqual([
      "content:TOO_LONG",
      "contactName:TOO_LONG",
      "contactPhone:PHONE_FORMAT",
      "otherContact:TOO_LONG",
    ]);
  });
});
