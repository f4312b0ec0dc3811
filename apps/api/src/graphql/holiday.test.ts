import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";

interface HolidayRow {
  id: string;
  date: string;
  year: number;
  name: string;
  kind: "HOLIDAY" | "ADJUSTED_WORKING_DAY";
  weekday: string;
}

const holidayFields = "id date year name kind weekday";
const create = `mutation($date: String!, $name: String!, $kind: HolidayKind!) {
  createHoliday(date: $date, name: $name, kind: $kind) { ${holidayFields} } }`;

describe.each(testProviders())("holiday calendar (%s)", (provider) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness(provider);
  });
  afterAll(() => api?.close());

  it("lists the 2015 National Day holidays and the Saturday worked after them", async () => {
    const answer = await api.graphql<{ allHolidays: HolidayRow[]; _allHolidaysMeta: { count: number } }>(
      `query($filter: HolidayFilter) { allHolidays(filter: $filter) { ${holidayFields} } _allHolidaysMeta(filter: $filter) { count } }`,
      { filter: { year: 2015, q: "国庆" } },
      await api.tokenFor("admin"),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?._allHolidaysMeta.count).toBe(8);
    const days = answer.data?.allHolidays ?? [];
    expect(days.filter((day) => day.kind === "HOLIDAY").map((day) => `${day.date} ${day.weekday}`)).toEqual([
      "2015-10-01 星期四",
      "2015-10-02 星期五",
      "2015-10-03 星期六",
      "2015-10-04 星期日",
      "2015-10-05 星期一",
      "2015-10-06 星期二",
      "2015-10-07 星期三",
    ]);
    expect(days.at(-1)).toMatchObject({ date: "2015-10-10", weekday: "星期六", kind: "ADJUSTED_WORKING_DAY" });

    const all = await api.graphql<{ _allHolidaysMeta: { count: number } }>(
      "{ _allHolidaysMeta { count } }",
      {},
      await api.tokenFor("admin"),
    );
    expect(all.data?._allHolidaysMeta.count).toBe(61);
  });

  it("lets the admin create, rename and delete a day, each audited", async () => {
    const token = await api.tokenFor("admin");
    // A made-up day off: 2017 is not in the demo calendar.
    const created = await api.graphql<{ createHoliday: HolidayRow }>(
      create,
      { date: "2017-10-01", name: " 国庆节 ", kind: "HOLIDAY" },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createHoliday).toMatchObject({
      date: "2017-10-01",
      year: 2017,
      name: "国庆节",
      kind: "HOLIDAY",
      weekday: "星期日",
    });
    const id = created.data?.createHoliday.id as string;

    const updated = await api.graphql<{ updateHoliday: HolidayRow }>(
      `mutation($id: ID!) { updateHoliday(id: $id, name: "国庆节、中秋节", date: "2017-10-04") { ${holidayFields} } }`,
      { id },
      token,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateHoliday).toMatchObject({
      date: "2017-10-04",
      name: "国庆节、中秋节",
      weekday: "星期三",
    });

    const deleted = await api.graphql<{ deleteHoliday: HolidayRow }>(
      `mutation($id: ID!) { deleteHoliday(id: $id) { ${holidayFields} } }`,
      { id },
      token,
    );
    expect(deleted.data?.deleteHoliday).toMatchObject({ id, date: "2017-10-04" });
    const gone = await api.graphql<{ Holiday: HolidayRow | null }>(
      `query($id: ID!) { Holiday(id: $id) { id } }`,
      { id },
      token,
    );
    expect(gone.data?.Holiday).toBeNull();

    const audit = await api.graphql<{
      allAuditEntries: { action: string; before: string | null; after: string | null }[];
    }>(
      `query($id: ID!) { allAuditEntries(filter: { entityType: "Holiday", entityId: $id }) { action before after } }`,
      { id },
      token,
    );
    expect(audit.data?.allAuditEntries.map((entry) => entry.action)).toEqual([
      "HOLIDAY_DELETE",
      "HOLIDAY_UPDATE",
      "HOLIDAY_CREATE",
    ]);
    const update = audit.data?.allAuditEntries[1];
    expect(JSON.parse(update?.before ?? "null")).toMatchObject({ date: "2017-10-01", name: "国庆节" });
    expect(JSON.parse(update?.after ?? "null")).toMatchObject({ date: "2017-10-04", name: "国庆节、中秋节" });
  });

  it("refuses a weekday as an adjusted working day, a missing name and a date that does not exist", async () => {
    const token = await api.tokenFor("admin");
    const weekday = await api.graphql(
      create,
      { date: "2017-10-11", name: "国庆节", kind: "ADJUSTED_WORKING_DAY" },
      token,
    );
    expect(weekday.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(weekday.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: "date", code: "ADJUSTED_WORKING_DAY_NOT_WEEKEND" }),
    ]);
    expect(weekday.errors?.[0]?.message).toBe("2017-10-11 是星期三，本来就是工作日，调休上班日只能是星期六或星期日");

    const both = await api.graphql(create, { date: "2017-02-30", name: " ", kind: "HOLIDAY" }, token);
    expect(both.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(both.errors?.[0]?.extensions?.fieldErrors?.map((error) => [error.field, error.code]).sort()).toEqual([
      ["date", "DATE_INVALID"],
      ["name", "REQUIRED"],
    ]);
  });

  it("refuses a date entered already, with HOLIDAY_DATE_TAKEN, whichever kind it is", async () => {
    const token = await api.tokenFor("admin");
    const again = await api.graphql(create, { date: "2015-10-01", name: "国庆节", kind: "HOLIDAY" }, token);
    expect(again.errors?.[0]?.extensions).toEqual({
      code: "HOLIDAY_DATE_TAKEN",
      fieldErrors: [expect.objectContaining({ field: "date", code: "HOLIDAY_DATE_TAKEN" })],
    });
    expect(again.errors?.[0]?.message).toBe("该日期已录入节假日安排，同一天只能录入一次");

    // 2015-10-10 is the Saturday worked after National Day: it cannot also be a day off.
    const both = await api.graphql(create, { date: "2015-10-10", name: "国庆节", kind: "HOLIDAY" }, token);
    expect(both.errors?.[0]?.extensions?.code).toBe("HOLIDAY_DATE_TAKEN");
    expect(both.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: "date",
      code: "HOLIDAY_AND_WORKING_DAY",
      message: "2015-10-10 已录入为调休上班（国庆节），不能既是节假日又是调休上班日",
    });

    // Moving the worked Saturday onto Sunday 2015-10-04, a day off, is the same refusal.
    const saturday = await api.server.database.prisma.holiday.findUniqueOrThrow({ where: { date: "2015-10-10" } });
    const moved = await api.graphql(
      `mutation($id: ID!) { updateHoliday(id: $id, date: "2015-10-04") { id } }`,
      { id: saturday.id },
      token,
    );
    expect(moved.errors?.[0]?.extensions?.code).toBe("HOLIDAY_DATE_TAKEN");
    expect(moved.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe("HOLIDAY_AND_WORKING_DAY");
    // Moving it onto a weekday is refused by the calendar rule before anything else.
    const weekday = await api.graphql(
      `mutation($id: ID!) { updateHoliday(id: $id, date: "2015-10-07") { id } }`,
      { id: saturday.id },
      token,
    );
    expect(weekday.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe("ADJUSTED_WORKING_DAY_NOT_WEEKEND");
  });

  it("lets every signed-in role read the calendar, and only the admin change it", async () => {
    for (const username of ["organizer", "unit", "judge", "worker"]) {
      const token = await api.tokenFor(username);
      const read = await api.graphql<{ allHolidays: HolidayRow[] }>(
        `{ allHolidays(filter: { year: 2016, kind: ADJUSTED_WORKING_DAY }) { date } }`,
        {},
        token,
      );
      expect(
        read.data?.allHolidays.map((day) => day.date),
        username,
      ).toEqual(["2016-02-06", "2016-02-14", "2016-06-12", "2016-09-18", "2016-10-08", "2016-10-09"]);
      const write = await api.graphql(create, { date: "2017-01-01", name: "元旦", kind: "HOLIDAY" }, token);
      expect(write.errors?.[0]?.extensions?.code, username).toBe("FORBIDDEN");
    }
    const unit = await api.tokenFor("unit");
    const first = await api.server.database.prisma.holiday.findFirstOrThrow({ orderBy: { id: "asc" } });
    const update = await api.graphql(
      `mutation($id: ID!) { updateHoliday(id: $id, name: "改") { id } }`,
      { id: first.id },
      unit,
    );
    expect(update.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const remove = await api.graphql(`mutation($id: ID!) { deleteHoliday(id: $id) { id } }`, { id: first.id }, unit);
    expect(remove.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await api.server.database.prisma.holiday.count()).toBe(61);
    const signedOut = await api.graphql("{ allHolidays { id } }");
    expect(signedOut.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
