// 优秀组织奖 over HTTP: the culture palace grants it to units of its line-dance show while judging,
// revokes one, and after the results are final the unit's 荣誉证书 is issued with the others, once.
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import {
  grassrootsUnionBelow,
  lineDanceShow,
  organizationIdOf,
  skillsContestWithoutOrganizationAward,
  unitAdminToken,
} from "../test/organization-award-fixtures.ts";
import type { JudgingActivity } from "../test/results-fixtures.ts";

function setChinaTime(isoWithOffset: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(isoWithOffset));
}

const awardFields = "id activityId organizationId organizationName name reason grantedAt";
const grantMutation = `mutation($a: ID!, $o: ID!, $r: String!, $n: String) {
  grantOrganizationAward(activityId: $a, organizationId: $o, reason: $r, name: $n) { ${awardFields} } }`;
const revokeMutation = `mutation($id: ID!, $r: String!) { revokeOrganizationAward(id: $id, reason: $r) {
  id organizationName name reason revocationReason } }`;
const listQuery = `query($a: ID) { allOrganizationAwards(filter: { activityId: $a }) { ${awardFields} }
  _allOrganizationAwardsMeta(filter: { activityId: $a }) { count } }`;
const issueMutation = `mutation($id: ID!) { issueCertificates(activityId: $id) {
  id number kind levelKey heading registrationId organizationAwardId recipientName organizationName awardName citation downloadPath } }`;

interface AwardRow {
  id: string;
  activityId: string;
  organizationId: string;
  organizationName: string;
  name: string;
  reason: string;
}

interface CertificateRow {
  id: string;
  number: string;
  kind: string;
  levelKey: string;
  heading: string;
  registrationId: string | null;
  organizationAwardId: string | null;
  recipientName: string;
  organizationName: string;
  awardName: string | null;
  citation: string;
  downloadPath: string;
}

describe.each(testProviders())("优秀组织奖 (%s)", (provider) => {
  let api: ApiHarness;
  let culture: string;
  let organizer: string;
  let admin: string;
  let unit: string;
  let judge: string;
  let worker: string;
  let lingheAdmin: string;
  let gutaGrassrootsAdmin: string;
  let show: JudgingActivity;
  let skills: JudgingActivity;
  let guta: number;
  let linghe: number;
  let taihe: number;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    // Every token is issued at the real time, before the clock is set back to 2015.
    culture = await api.tokenFor("culture");
    organizer = await api.tokenFor("organizer");
    admin = await api.tokenFor("admin");
    unit = await api.tokenFor("unit");
    judge = await api.tokenFor("judge");
    worker = await api.tokenFor("worker");
    guta = await organizationIdOf(api, "JZ-GT");
    linghe = await organizationIdOf(api, "JZ-LH");
    taihe = await organizationIdOf(api, "JZ-TH");
    lingheAdmin = await unitAdminToken(api, "linghe-unit-admin", linghe);
    gutaGrassrootsAdmin = await unitAdminToken(
      api,
      "guta-grassroots-admin",
      (await grassrootsUnionBelow(api, "JZ-GT")).id,
    );
    show = await lineDanceShow(api, "JZ-2015-PWT");
    skills = await skillsContestWithoutOrganizationAward(api, "JZ-2015-ZYT");
  }, 120_000);
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await api?.close();
  });

  const reason = "组织 2 支队伍参赛，覆盖一线职工 120 人";
  const prisma = () => api.server.database.prisma;
  let gutaAward: AwardRow;

  it("the culture palace grants 古塔区总工会 the 优秀组织奖 while judging; it is listed and audited", async () => {
    const granted = await api.graphql<{ grantOrganizationAward: AwardRow }>(
      grantMutation,
      { a: show.activityId, o: guta, r: ` ${reason} ` },
      culture,
    );
    expect(granted.errors).toBeUndefined();
    gutaAward = granted.data?.grantOrganizationAward as AwardRow;
    expect(gutaAward).toMatchObject({
      activityId: String(show.activityId),
      organizationId: String(guta),
      organizationName: "古塔区总工会",
      name: "优秀组织奖",
      reason,
    });
    const listed = await api.graphql<{
      allOrganizationAwards: AwardRow[];
      _allOrganizationAwardsMeta: { count: number };
    }>(listQuery, { a: show.activityId }, culture);
    expect(listed.data?.allOrganizationAwards.map((row) => [row.organizationName, row.name, row.reason])).toEqual([
      ["古塔区总工会", "优秀组织奖", reason],
    ]);
    expect(listed.data?._allOrganizationAwardsMeta.count).toBe(1);
    const one = await api.graphql<{ OrganizationAward: AwardRow | null }>(
      `query($id: ID!) { OrganizationAward(id: $id) { organizationName } }`,
      { id: gutaAward.id },
      admin,
    );
    expect(one.data?.OrganizationAward?.organizationName).toBe("古塔区总工会");
    // Not published yet: the public and other roles see nothing.
    for (const token of [undefined, unit, organizer]) {
      const hidden = await api.graphql<{ allOrganizationAwards: AwardRow[] }>(listQuery, { a: show.activityId }, token);
      expect(hidden.data?.allOrganizationAwards).toEqual([]);
    }
    const log = await api.graphql<{ allAuditEntries: { action: string; entityType: string; reason: string }[] }>(
      `query($f: AuditEntryFilter) { allAuditEntries(filter: $f) { action entityType reason } }`,
      { f: { activityId: show.activityId, action: "ORGANIZATION_AWARD_GRANT" } },
      admin,
    );
    expect(log.data?.allAuditEntries).toEqual([
      { action: "ORGANIZATION_AWARD_GRANT", entityType: "OrganizationAward", reason },
    ]);
  });

  it("refuses an activity without the setting, a unit without entries, a blank reason and a second award", async () => {
    const refusal = async (variables: Record<string, unknown>, token: string) => {
      const answer = await api.graphql(grantMutation, variables, token);
      expect(answer.data).toBeNull();
      return answer.errors?.[0];
    };
    // The skills contest's configuration does not offer it (its own organizer asks).
    const notOffered = await refusal({ a: skills.activityId, o: guta, r: reason }, organizer);
    expect(notOffered?.extensions?.code).toBe("ORGANIZATION_AWARD_REFUSED");
    expect(notOffered?.message).toBe("不能授予优秀组织奖：该活动的设置不设优秀组织奖");
    // 太和区 sent no team.
    const noEntries = await refusal({ a: show.activityId, o: taihe, r: reason }, culture);
    expect(noEntries?.message).toBe(
      "不能授予优秀组织奖：该单位及其下级单位在本活动中没有参赛的报名，不能授予优秀组织奖",
    );
    expect(noEntries?.extensions?.fieldErrors?.map((error) => error.code)).toEqual(["ORGANIZATION_AWARD_NO_ENTRIES"]);
    const blank = await refusal({ a: show.activityId, o: linghe, r: "  " }, culture);
    expect(blank?.extensions?.fieldErrors?.map((error) => error.code)).toEqual(["ORGANIZATION_AWARD_REASON_REQUIRED"]);
    expect(blank?.message).toBe("不能授予优秀组织奖：请填写授奖理由");
    const again = await refusal({ a: show.activityId, o: guta, r: reason }, admin);
    expect(again?.message).toBe("不能授予优秀组织奖：该单位已获本活动的“优秀组织奖”，不能重复授予");
    // A unit that does not exist.
    expect((await refusal({ a: show.activityId, o: 999_999, r: reason }, culture))?.extensions?.code).toBe("NOT_FOUND");
    expect(await prisma().organizationAward.count()).toBe(1);
  });

  it("refuses another department's organizer and every other role", async () => {
    const variables = { a: show.activityId, o: linghe, r: reason };
    for (const token of [organizer, unit, judge, worker]) {
      expect((await api.graphql(grantMutation, variables, token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    expect((await api.graphql(grantMutation, variables)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await prisma().organizationAward.count()).toBe(1);
  });

  it("grants once when two managers grant the same unit at once, and revokes with a reason", async () => {
    const answers = await Promise.all(
      [culture, admin].map((token) =>
        api.graphql<{ grantOrganizationAward: AwardRow }>(
          grantMutation,
          { a: show.activityId, o: linghe, r: "组织 2 支队伍参赛" },
          token,
        ),
      ),
    );
    const granted = answers.filter((answer) => answer.data !== null);
    expect(granted).toHaveLength(1);
    expect(answers.find((answer) => answer.data === null)?.errors?.[0]?.extensions?.code).toBe(
      "ORGANIZATION_AWARD_REFUSED",
    );
    const lingheAward = granted[0]?.data?.grantOrganizationAward as AwardRow;

    // Revoking: a reason is needed; another department may not; an unknown award is absent.
    const blank = await api.graphql(revokeMutation, { id: lingheAward.id, r: " " }, culture);
    expect(blank.errors?.[0]?.message).toBe("不能撤销优秀组织奖：请填写撤销理由");
    expect(
      (await api.graphql(revokeMutation, { id: lingheAward.id, r: "统计有误" }, organizer)).errors?.[0]?.extensions
        ?.code,
    ).toBe("FORBIDDEN");
    expect(
      (await api.graphql(revokeMutation, { id: "999999", r: "统计有误" }, culture)).errors?.[0]?.extensions?.code,
    ).toBe("NOT_FOUND");
    const revoked = await api.graphql<{ revokeOrganizationAward: Record<string, string> }>(
      revokeMutation,
      { id: lingheAward.id, r: "复核：参赛人数统计有误" },
      culture,
    );
    expect(revoked.data?.revokeOrganizationAward).toEqual({
      id: lingheAward.id,
      organizationName: "凌河区总工会",
      name: "优秀组织奖",
      reason: "组织 2 支队伍参赛",
      revocationReason: "复核：参赛人数统计有误",
    });
    const listed = await api.graphql<{ allOrganizationAwards: AwardRow[] }>(listQuery, { a: show.activityId }, culture);
    expect(listed.data?.allOrganizationAwards.map((row) => row.organizationName)).toEqual(["古塔区总工会"]);
    const log = await api.graphql<{ allAuditEntries: { action: string; reason: string; entityId: number }[] }>(
      `query($f: AuditEntryFilter) { allAuditEntries(filter: $f) { action reason entityId } }`,
      { f: { activityId: show.activityId, action: "ORGANIZATION_AWARD_REVOKE" } },
      admin,
    );
    expect(log.data?.allAuditEntries).toEqual([
      { action: "ORGANIZATION_AWARD_REVOKE", reason: "复核：参赛人数统计有误", entityId: lingheAward.id },
    ]);
  });

  let issued: CertificateRow[];
  it("is public with the results; final results freeze it; its certificate comes after the entries' awards", async () => {
    const run = async (query: string) => {
      const answer = await api.graphql(query, { id: show.activityId }, culture);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    };
    await run(`mutation($id: ID!) { computeResults(activityId: $id) { resultCount } }`);
    setChinaTime("2015-09-30T10:00:00+08:00");
    await run(`mutation($id: ID!) { publishResultsForNotice(activityId: $id) { id } }`);
    const publicList = await api.graphql<{ allOrganizationAwards: AwardRow[] }>(listQuery, { a: show.activityId });
    expect(publicList.data?.allOrganizationAwards.map((row) => [row.organizationName, row.name])).toEqual([
      ["古塔区总工会", "优秀组织奖"],
    ]);
    // 公示截止 2015-10-13 (five working days after the National Day holiday); final on the 14th.
    setChinaTime("2015-10-14T10:00:00+08:00");
    await run(`mutation($id: ID!) { finalizeResults(activityId: $id) { id } }`);
    const late = await api.graphql(grantMutation, { a: show.activityId, o: linghe, r: reason }, culture);
    expect(late.errors?.[0]?.message).toBe("不能授予优秀组织奖：只能在评审中或结果公示期间授予优秀组织奖");
    const revokeLate = await api.graphql(revokeMutation, { id: gutaAward.id, r: "撤销" }, culture);
    expect(revokeLate.errors?.[0]?.message).toBe("不能撤销优秀组织奖：结果已正式发布，不能再撤销优秀组织奖");

    setChinaTime("2015-10-20T09:00:00+08:00");
    const answer = await api.graphql<{ issueCertificates: CertificateRow[] }>(
      issueMutation,
      { id: show.activityId },
      culture,
    );
    expect(answer.errors).toBeUndefined();
    issued = answer.data?.issueCertificates ?? [];
    // 优胜奖 for places 1 and 2 (铁路, 电力): 0001, 0002; the 优秀组织奖: 0003; 参赛证书 for the
    // other two teams by entry id (纺织, 商贸): 0004, 0005.
    expect(issued.map((c) => [c.number, c.kind, c.levelKey, c.recipientName, c.awardName])).toEqual([
      ["JZ-2015-PWT-0001", "AWARD", "CITY", "古塔铁路排舞队", "优胜奖"],
      ["JZ-2015-PWT-0002", "AWARD", "CITY", "古塔电力排舞队", "优胜奖"],
      ["JZ-2015-PWT-0003", "AWARD", "ORGANIZATION", "古塔区总工会", "优秀组织奖"],
      ["JZ-2015-PWT-0004", "PARTICIPATION", "PARTICIPATION", "凌河纺织排舞队", null],
      ["JZ-2015-PWT-0005", "PARTICIPATION", "PARTICIPATION", "凌河商贸排舞队", null],
    ]);
    expect(issued[2]).toMatchObject({
      heading: "荣誉证书",
      registrationId: null,
      organizationAwardId: gutaAward.id,
      organizationName: "古塔区总工会",
      citation: "古塔区总工会在锦州市职工全健排舞展演中荣获“优秀组织奖”。特发此证，以资鼓励。",
    });
    expect(issued[0]?.registrationId).toBe(String(show.entryIds.古塔铁路排舞队));
    expect(issued[0]?.organizationAwardId).toBeNull();
  });

  it("issues again without a duplicate", async () => {
    const again = await api.graphql<{ issueCertificates: CertificateRow[] }>(
      issueMutation,
      { id: show.activityId },
      admin,
    );
    expect(again.data?.issueCertificates.map((c) => c.number)).toEqual(issued.map((c) => c.number));
    expect(await prisma().certificate.count({ where: { activityId: show.activityId } })).toBe(5);
    expect(await prisma().certificate.count({ where: { organizationAwardId: Number(gutaAward.id) } })).toBe(1);
  });

  async function download(path: string, token?: string) {
    const response = await fetch(`${api.server.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  it("the unit's admin finds and downloads its certificate; other units' admins and workers cannot", async () => {
    const certificate = issued[2] as CertificateRow;
    const mine = await api.graphql<{ allCertificates: { number: string; recipientName: string }[] }>(
      `{ allCertificates { number recipientName } }`,
      {},
      unit,
    );
    // A unit admin sees its subtree's organization award certificates only, not the teams'.
    expect(mine.data?.allCertificates).toEqual([{ number: "JZ-2015-PWT-0003", recipientName: "古塔区总工会" }]);
    for (const token of [unit, culture, admin]) {
      const { status, bytes } = await download(certificate.downloadPath, token);
      expect(status).toBe(200);
      expect(bytes.toString("latin1").startsWith("%PDF-")).toBe(true);
    }
    // 凌河区's admin, the admin of a grassroots union below 古塔区 (the award is the county's), a
    // worker, another department's organizer: absent, as in GraphQL.
    for (const token of [lingheAdmin, gutaGrassrootsAdmin, worker, organizer]) {
      const { status, bytes } = await download(certificate.downloadPath, token);
      expect(status).toBe(404);
      expect(JSON.parse(bytes.toString("utf8"))).toEqual({ code: "NOT_FOUND", message: "记录不存在或您无权查看" });
    }
    const others = await api.graphql<{ allCertificates: unknown[] }>(`{ allCertificates { number } }`, {}, lingheAdmin);
    expect(others.data?.allCertificates).toEqual([]);
    // A team's certificate stays with its worker and the managers.
    expect((await download((issued[0] as CertificateRow).downloadPath, unit)).status).toBe(404);
    expect((await download(certificate.downloadPath)).status).toBe(401);
  });
});
