import { testProviders } from "@jinzhou/db/testing";
import { chinaDateOf } from "@jinzhou/domain";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { type JudgingActivity, type ResultRow, resultFields, skillsContest } from "../test/results-fixtures.ts";

// The notice period is counted from the clock, so the tests set the clock (Date only; timers run).
// Tokens are issued before, at the real time: they stay valid at any earlier date.
function setChinaTime(isoWithOffset: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(isoWithOffset));
}

const publishMutation = `mutation($id: ID!) { publishResultsForNotice(activityId: $id) {
  id publishedOn firstDay endDate workingDays current description workingDates { date weekday } } }`;
const noticeQuery = `query($id: ID!) { publicNotice(activityId: $id) { id firstDay endDate description } }`;
const fileMutation = `mutation($a: ID!, $e: ID!, $content: String!, $name: String!, $phone: String, $other: String) {
  fileObjection(activityId: $a, entryId: $e, content: $content, contactName: $name, contactPhone: $phone, otherContact: $other) {
    id status late filedOn contactName contactPhone version } }`;
const resolveMutation = `mutation($id: ID!, $version: Int!, $outcome: ObjectionOutcome!, $action: UpheldObjectionAction, $text: String!) {
  resolveObjection(id: $id, version: $version, outcome: $outcome, action: $action, text: $text) {
    id status upheldAction resolution version } }`;
const finalizeMutation = `mutation($id: ID!) { finalizeResults(activityId: $id) { id state } }`;
const resultsQuery = `query($a: ID!) { allResults(filter: { activityId: $a, trackKey: "CITY" }, sortField: "place") { ${resultFields} } }`;

interface Objection {
  id: string;
  status: string;
  late: boolean;
  filedOn: string;
  contactName: string;
  contactPhone: string | null;
  version: number;
}

describe.each(testProviders())("public notice, objections and finalization (%s)", (provider) => {
  let api: ApiHarness;
  let organizer: string;
  let culture: string;
  let admin: string;
  let skills: JudgingActivity;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    organizer = await api.tokenFor("organizer");
    culture = await api.tokenFor("culture");
    // Tokens are issued at the real time, before the clock is set back to 2015.
    admin = await api.tokenFor("admin");
    skills = await skillsContest(api, "N-ZYB", 7200);
    const computed = await api.graphql(
      `mutation($id: ID!) { computeResults(activityId: $id) { resultCount } }`,
      {
        id: skills.activityId,
      },
      organizer,
    );
    expect(computed.errors).toBeUndefined();
  }, 120_000);
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("refuses to publish while the year's holiday arrangement is missing", async () => {
    // Today (the real clock, 2026 or later) has no arrangement in the demo calendar, which holds
    // 2015 and 2016 only.
    const year = chinaDateOf(new Date()).slice(0, 4);
    const answer = await api.graphql(publishMutation, { id: skills.activityId }, organizer);
    expect(answer.errors?.[0]?.extensions?.code).toBe("PUBLIC_NOTICE_REFUSED");
    const codes = answer.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code) ?? [];
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(["HOLIDAY_CALENDAR_MISSING"]));
    expect(answer.errors?.[0]?.message).toContain(`尚未录入 ${year} 年的节假日安排`);
    const activity = await api.server.database.prisma.activity.findUniqueOrThrow({ where: { id: skills.activityId } });
    expect(activity.state).toBe("JUDGING");
    expect(await api.server.database.prisma.publicNotice.count({ where: { activityId: skills.activityId } })).toBe(0);
  });

  it("refuses other departments and the public", async () => {
    setChinaTime("2015-09-30T10:00:00+08:00");
    expect((await api.graphql(publishMutation, { id: skills.activityId }, culture)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await api.graphql(publishMutation, { id: skills.activityId })).errors?.[0]?.extensions?.code).toBe(
      "UNAUTHENTICATED",
    );
    // Nothing is on notice yet: the public sees neither the notice nor the results, and cannot object.
    expect((await api.graphql(noticeQuery, { id: skills.activityId })).data).toEqual({ publicNotice: null });
    const listed = await api.graphql<{ publishedActivities: { id: string }[] }>(`{ publishedActivities { id } }`);
    expect(listed.data?.publishedActivities.map((activity) => activity.id)).not.toContain(String(skills.activityId));
    expect(
      (await api.graphql<{ allResults: unknown[] }>(resultsQuery, { a: skills.activityId })).data?.allResults,
    ).toEqual([]);
    const early = await api.graphql(fileMutation, {
      a: skills.activityId,
      e: skills.entryIds.丙,
      content: "成绩有误",
      name: "李先生",
      phone: "13912345678",
    });
    expect(early.errors?.[0]?.extensions?.code).toBe("OBJECTION_REFUSED");
  });

  it("publishes over the National Day holiday: five working days from 8 to 13 October 2015", async () => {
    // Published Wednesday 30 September 2015 (China time). The day of publication does not count;
    // 1–7 October are the National Day holiday; Saturday 10 October is a working day (调休上班),
    // Sunday 11 October is not. Working days: 10-08 (Thu), 10-09 (Fri), 10-10 (Sat, adjusted),
    // 10-12 (Mon), 10-13 (Tue) → 公示截止日期 2015-10-13.
    setChinaTime("2015-09-30T10:00:00+08:00");
    const answer = await api.graphql<{
      publishResultsForNotice: { workingDates: { date: string; weekday: string }[] } & Record<string, unknown>;
    }>(publishMutation, { id: skills.activityId }, organizer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.publishResultsForNotice).toMatchObject({
      publishedOn: "2015-09-30",
      firstDay: "2015-10-08",
      endDate: "2015-10-13",
      workingDays: 5,
      current: true,
      description: "公示期：2015年10月8日至2015年10月13日（5 个工作日）",
    });
    expect(answer.data?.publishResultsForNotice.workingDates).toEqual([
      { date: "2015-10-08", weekday: "星期四" },
      { date: "2015-10-09", weekday: "星期五" },
      { date: "2015-10-10", weekday: "星期六" },
      { date: "2015-10-12", weekday: "星期一" },
      { date: "2015-10-13", weekday: "星期二" },
    ]);
    const prisma = api.server.database.prisma;
    expect((await prisma.activity.findUniqueOrThrow({ where: { id: skills.activityId } })).state).toBe("PUBLIC_NOTICE");
    const audit = await prisma.auditEntry.findMany({
      where: { activityId: skills.activityId, action: { in: ["ACTIVITY_TRANSITION", "PUBLIC_NOTICE_PUBLISH"] } },
    });
    expect(audit.map((entry) => entry.action).sort()).toEqual(["ACTIVITY_TRANSITION", "PUBLIC_NOTICE_PUBLISH"]);
    // Each of the 11 entrants is told the results are on notice.
    const told = await prisma.notification.findMany({
      where: { activityId: skills.activityId, kind: "RESULTS_PUBLISHED" },
    });
    expect(told).toHaveLength(11);
    expect(told[0]?.text).toContain("已进入结果公示");
    // Publishing twice is refused by the lifecycle (the activity is no longer in judging).
    const twice = await api.graphql(publishMutation, { id: skills.activityId }, organizer);
    expect(twice.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe("ACTIVITY_STATE_MISMATCH");
  });

  it("shows the public the notice and the published results without signing in", async () => {
    setChinaTime("2015-10-08T09:00:00+08:00");
    const listed = await api.graphql<{ publishedActivities: { id: string; stateLabel: string }[] }>(
      `{ publishedActivities(year: 2015) { id stateLabel } }`,
    );
    expect(listed.data?.publishedActivities).toContainEqual({ id: String(skills.activityId), stateLabel: "结果公示" });
    const notice = await api.graphql(noticeQuery, { id: skills.activityId });
    expect(notice.data).toMatchObject({ publicNotice: { firstDay: "2015-10-08", endDate: "2015-10-13" } });
    const results = await api.graphql<{ allResults: ResultRow[] }>(resultsQuery, { a: skills.activityId });
    expect(
      results.data?.allResults.slice(0, 3).map((row) => [row.entrantName, row.placeLabel, row.award.names]),
    ).toEqual([
      ["甲", "第 1 名", ["一等奖", "状元"]],
      ["乙", "第 2 名", ["二等奖"]],
      ["丙", "第 3 名", ["二等奖"]],
    ]);
  });

  let onTime: Objection;
  it("takes an objection from the public, with the phone masked for everyone but the organizer and never logged", async () => {
    setChinaTime("2015-10-09T15:00:00+08:00");
    const missingContact = await api.graphql(fileMutation, {
      a: skills.activityId,
      e: skills.entryIds.丙,
      content: "成绩有误",
      name: " ",
    });
    expect(missingContact.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(missingContact.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code).sort()).toEqual([
      "CONTACT_REQUIRED",
      "REQUIRED",
    ]);
    const filed = await api.graphql<{ fileObjection: Objection }>(fileMutation, {
      a: skills.activityId,
      e: skills.entryIds.丙,
      content: "丙的理论考试与他人座位相邻，成绩存疑，请核查",
      name: "李先生",
      phone: "139 1234 5678",
    });
    expect(filed.errors).toBeUndefined();
    expect(filed.data?.fileObjection).toMatchObject({
      status: "OPEN",
      late: false,
      filedOn: "2015-10-09",
      contactPhone: "139****5678",
    });
    onTime = filed.data?.fileObjection as Objection;
    const list = `query($a: ID!) { allObjections(filter: { activityId: $a }) { id contactPhone status } }`;
    const seenByOrganizer = await api.graphql<{ allObjections: { contactPhone: string }[] }>(
      list,
      { a: skills.activityId },
      organizer,
    );
    expect(seenByOrganizer.data?.allObjections.map((row) => row.contactPhone)).toEqual(["13912345678"]);
    const seenByAdmin = await api.graphql<{ allObjections: { contactPhone: string }[] }>(
      list,
      { a: skills.activityId },
      admin,
    );
    expect(seenByAdmin.data?.allObjections.map((row) => row.contactPhone)).toEqual(["139****5678"]);
    // Another department's organizer, a worker and the public do not see objections at all.
    expect(
      (await api.graphql<{ allObjections: unknown[] }>(list, { a: skills.activityId }, culture)).data?.allObjections,
    ).toEqual([]);
    expect((await api.graphql(list, { a: skills.activityId })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(api.logLines.some((line) => line.includes("13912345678") || line.includes("1234 5678"))).toBe(false);
    const audit = await api.server.database.prisma.auditEntry.findMany({ where: { action: "OBJECTION_FILE" } });
    expect(JSON.stringify(audit)).not.toContain("5678");
  });

  it("refuses to finalize while the period runs and an objection is open", async () => {
    setChinaTime("2015-10-12T10:00:00+08:00");
    const answer = await api.graphql(finalizeMutation, { id: skills.activityId }, organizer);
    expect(answer.errors?.[0]?.extensions?.code).toBe("ACTIVITY_TRANSITION_REFUSED");
    expect(answer.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "NOTICE_PERIOD_NOT_ENDED",
      "OBJECTION_OPEN",
    ]);
  });

  it("dismisses an objection with a reason, once", async () => {
    setChinaTime("2015-10-12T11:00:00+08:00");
    const noReason = await api.graphql(
      resolveMutation,
      { id: onTime.id, version: onTime.version, outcome: "DISMISSED", text: "" },
      organizer,
    );
    expect(noReason.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({ field: "text", code: "REQUIRED" });
    const wrongRole = await api.graphql(
      resolveMutation,
      { id: onTime.id, version: onTime.version, outcome: "DISMISSED", text: "经核查座位安排符合规定" },
      culture,
    );
    expect(wrongRole.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // Two organizers resolve the same objection at once with the version they read: one wins.
    const [dismissed, concurrent] = await Promise.all([
      api.graphql<{ resolveObjection: { status: string; version: number } }>(
        resolveMutation,
        {
          id: onTime.id,
          version: onTime.version,
          outcome: "DISMISSED",
          text: "经核查考场录像，座位安排符合规定，异议不成立",
        },
        organizer,
      ),
      api.graphql<{ resolveObjection: { status: string; version: number } }>(
        resolveMutation,
        { id: onTime.id, version: onTime.version, outcome: "DISMISSED", text: "异议所述情况不属实" },
        admin,
      ),
    ]);
    const winners = [dismissed, concurrent].filter((answer) => answer.errors === undefined);
    expect(winners).toHaveLength(1);
    const loser = [dismissed, concurrent].find((answer) => answer.errors !== undefined);
    expect(["STALE_VERSION", "VALIDATION_FAILED"]).toContain(loser?.errors?.[0]?.extensions?.code);
    const resolutions = await api.server.database.prisma.auditEntry.count({
      where: { action: "OBJECTION_RESOLVE", entityId: Number(onTime.id) },
    });
    expect(resolutions).toBe(1);
    expect(winners[0]?.data?.resolveObjection).toMatchObject({ status: "DISMISSED", version: onTime.version + 1 });
    const again = await api.graphql(
      resolveMutation,
      { id: onTime.id, version: onTime.version + 1, outcome: "UPHELD", action: "WITHDRAW", text: "改判" },
      organizer,
    );
    expect(again.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe("OBJECTION_ALREADY_RESOLVED");
  });

  it("accepts a late objection flagged, upholds it for re-review, then finalizes once the re-review is done", async () => {
    // The period ended on 13 October; the default rule accepts later objections and flags them.
    setChinaTime("2015-10-14T09:00:00+08:00");
    const late = await api.graphql<{ fileObjection: Objection }>(fileMutation, {
      a: skills.activityId,
      e: skills.entryIds.己,
      content: "己的实操工件测量记录不全",
      name: "王女士",
      other: "wang@example.com",
    });
    expect(late.data?.fileObjection).toMatchObject({ late: true, filedOn: "2015-10-14", contactPhone: null });
    const objection = late.data?.fileObjection as Objection;
    const blocked = await api.graphql(finalizeMutation, { id: skills.activityId }, organizer);
    expect(blocked.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual(["OBJECTION_OPEN"]);
    expect(blocked.errors?.[0]?.message).toContain("逾期提出");

    const upheld = await api.graphql<{ resolveObjection: { version: number; upheldAction: string } }>(
      resolveMutation,
      {
        id: objection.id,
        version: objection.version,
        outcome: "UPHELD",
        action: "RE_REVIEW",
        text: "测量记录缺页，须重新测量",
      },
      organizer,
    );
    expect(upheld.data?.resolveObjection.upheldAction).toBe("RE_REVIEW");
    const pending = await api.graphql(finalizeMutation, { id: skills.activityId }, organizer);
    expect(pending.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "OBJECTION_RE_REVIEW_PENDING",
    ]);
    const done = await api.graphql(
      `mutation($id: ID!, $v: Int!) { completeObjectionReReview(id: $id, v: $v) { id } }`.replace(
        "id: $id, v: $v",
        "id: $id, version: $v",
      ),
      { id: objection.id, v: upheld.data?.resolveObjection.version },
      organizer,
    );
    expect(done.errors).toBeUndefined();
    const finalized = await api.graphql(finalizeMutation, { id: skills.activityId }, organizer);
    expect(finalized.errors).toBeUndefined();
    expect(finalized.data).toEqual({ finalizeResults: { id: String(skills.activityId), state: "FINAL" } });
    expect(
      await api.server.database.prisma.notification.count({
        where: { activityId: skills.activityId, kind: "RESULTS_PUBLISHED", text: { contains: "已公布" } },
      }),
    ).toBe(11);
    // Final results are frozen.
    const recompute = await api.graphql(
      `mutation($id: ID!) { computeResults(activityId: $id) { resultCount } }`,
      {
        id: skills.activityId,
      },
      organizer,
    );
    expect(recompute.errors?.[0]?.extensions?.code).toBe("RESULTS_NOT_COMPUTABLE");
    // No more objections once final.
    const afterFinal = await api.graphql(fileMutation, {
      a: skills.activityId,
      e: skills.entryIds.甲,
      content: "异议",
      name: "赵先生",
      phone: "13800000000",
    });
    expect(afterFinal.errors?.[0]?.extensions?.code).toBe("OBJECTION_REFUSED");
  });

  it("withdraws an entry's result when an objection is upheld that way, and a notice for re-review", async () => {
    setChinaTime("2015-09-30T10:00:00+08:00");
    const other = await skillsContest(api, "N-WD", 7300);
    await api.graphql(
      `mutation($id: ID!) { computeResults(activityId: $id) { resultCount } }`,
      { id: other.activityId },
      organizer,
    );
    expect((await api.graphql(publishMutation, { id: other.activityId }, organizer)).errors).toBeUndefined();
    const filed = await api.graphql<{ fileObjection: Objection }>(fileMutation, {
      a: other.activityId,
      e: other.entryIds.乙,
      content: "乙冒名顶替参赛",
      name: "孙先生",
      phone: "0416-1234567",
    });
    const objection = filed.data?.fileObjection as Objection;
    const stillOpen = await api.graphql<{ fileObjection: Objection }>(fileMutation, {
      a: other.activityId,
      e: other.entryIds.丙,
      content: "丙的工件疑似他人代做",
      name: "钱先生",
      phone: "13700001111",
    });
    const withdrawn = await api.graphql(
      resolveMutation,
      { id: objection.id, version: objection.version, outcome: "UPHELD", action: "WITHDRAW", text: "经核实冒名顶替" },
      organizer,
    );
    expect(withdrawn.errors).toBeUndefined();
    const prisma = api.server.database.prisma;
    const registration = await prisma.registration.findUniqueOrThrow({ where: { id: other.entryIds.乙 } });
    expect(registration.state).toBe("WITHDRAWN");
    expect(await prisma.result.count({ where: { registrationId: other.entryIds.乙 } })).toBe(0);
    // Withdraw the notice for re-review: back to judging, the notice kept but no longer current.
    const withdraw = `mutation($id: ID!, $reason: String!) { withdrawPublicNotice(activityId: $id, reason: $reason) { current withdrawalReason } }`;
    const noReason = await api.graphql(withdraw, { id: other.activityId, reason: " " }, organizer);
    expect(noReason.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "TRANSITION_REASON_REQUIRED",
    ]);
    const back = await api.graphql(withdraw, { id: other.activityId, reason: "异议成立，重新排名后再公示" }, organizer);
    expect(back.data).toEqual({
      withdrawPublicNotice: { current: false, withdrawalReason: "异议成立，重新排名后再公示" },
    });
    expect((await prisma.activity.findUniqueOrThrow({ where: { id: other.activityId } })).state).toBe("JUDGING");
    // Recomputed without 乙: 丙 moves up to place 2.
    await api.graphql(
      `mutation($id: ID!) { computeResults(activityId: $id) { resultCount } }`,
      { id: other.activityId },
      organizer,
    );
    const rows = await api.graphql<{ allResults: ResultRow[] }>(resultsQuery, { a: other.activityId }, organizer);
    expect(rows.data?.allResults.slice(0, 2).map((row) => [row.entrantName, row.place])).toEqual([
      ["甲", 1],
      ["丙", 2],
    ]);

    // Published again on Thursday 15 October 2015: 16, 19, 20, 21, 22 October (the weekend of the
    // 17th and 18th is not worked) → 公示截止 2015-10-22. The objection still open from the withdrawn
    // notice must be answered before the results are final.
    setChinaTime("2015-10-15T10:00:00+08:00");
    const republished = await api.graphql(publishMutation, { id: other.activityId }, organizer);
    expect(republished.data).toMatchObject({
      publishResultsForNotice: { firstDay: "2015-10-16", endDate: "2015-10-22" },
    });
    setChinaTime("2015-10-23T10:00:00+08:00");
    const blocked = await api.graphql(finalizeMutation, { id: other.activityId }, organizer);
    expect(blocked.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual(["OBJECTION_OPEN"]);
    const open = stillOpen.data?.fileObjection as Objection;
    await api.graphql(
      resolveMutation,
      { id: open.id, version: open.version, outcome: "DISMISSED", text: "经核查为本人独立完成" },
      organizer,
    );
    const finalized = await api.graphql(finalizeMutation, { id: other.activityId }, organizer);
    expect(finalized.data).toEqual({ finalizeResults: { id: String(other.activityId), state: "FINAL" } });
  });
});
