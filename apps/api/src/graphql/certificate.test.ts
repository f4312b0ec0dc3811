import { testProviders } from "@jinzhou/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { type JudgingActivity, skillsContest } from "../test/results-fixtures.ts";

function setChinaTime(isoWithOffset: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(isoWithOffset));
}

const issueMutation = `mutation($id: ID!) { issueCertificates(activityId: $id) {
  id number kind levelKey heading recipientName levelName awardName titles citation issuedOn downloadPath } }`;

interface CertificateRow {
  id: string;
  number: string;
  kind: string;
  levelKey: string;
  heading: string;
  recipientName: string;
  levelName: string | null;
  awardName: string | null;
  titles: string[];
  citation: string;
  issuedOn: string;
  downloadPath: string;
}

/** Enough of a PDF to check: the header, the number of pages, and the embedded font's name. */
function inspectPdf(bytes: Buffer) {
  const text = bytes.toString("latin1");
  return {
    isPdf: text.startsWith("%PDF-"),
    pages: (text.match(/\/Type \/Page\b(?!s)/g) ?? []).length,
    // pdfkit names an embedded subset "ABCDEF+<font name>".
    embedsNotoSubset: /\/BaseFont \/[A-Z]{6}\+NotoSansSC/.test(text),
  };
}

describe.each(testProviders())("certificates (%s)", (provider) => {
  let api: ApiHarness;
  let organizer: string;
  let culture: string;
  let unit: string;
  let admin: string;
  let skills: JudgingActivity;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    // Every token is issued at the real time, before the clock is set back to 2015.
    organizer = await api.tokenFor("organizer");
    culture = await api.tokenFor("culture");
    unit = await api.tokenFor("unit");
    admin = await api.tokenFor("admin");
    skills = await skillsContest(api, "JZ-2015-ZYB", 7400);
    const run = async (query: string) => {
      const answer = await api.graphql(query, { id: skills.activityId }, organizer);
      if (answer.errors) throw new Error(JSON.stringify(answer.errors));
    };
    await run(`mutation($id: ID!) { computeResults(activityId: $id) { resultCount } }`);
    setChinaTime("2015-09-30T10:00:00+08:00");
    await run(`mutation($id: ID!) { publishResultsForNotice(activityId: $id) { id } }`);
    // 公示截止 2015-10-13 (see public-notice.test.ts); final on the 14th, certificates on the 20th.
    setChinaTime("2015-10-14T10:00:00+08:00");
    await run(`mutation($id: ID!) { finalizeResults(activityId: $id) { id } }`);
    vi.useRealTimers();
  }, 120_000);
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await api?.close();
  });

  async function download(path: string, token?: string) {
    const response = await fetch(`${api.server.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  let issued: CertificateRow[];
  it("issues award certificates per award level, then participation certificates, numbered by the domain", async () => {
    setChinaTime("2015-10-20T09:00:00+08:00");
    const worker = skills.workers.甲?.token;
    expect((await api.graphql(issueMutation, { id: skills.activityId }, worker)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect((await api.graphql(issueMutation, { id: skills.activityId }, culture)).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
    const answer = await api.graphql<{ issueCertificates: CertificateRow[] }>(
      issueMutation,
      { id: skills.activityId },
      organizer,
    );
    expect(answer.errors).toBeUndefined();
    issued = answer.data?.issueCertificates ?? [];
    // Awards (see results.test.ts): city 甲 乙 丙 丁 戊 己 (places 1–6), 古塔区 甲 丙 戊, 凌河区 乙 丁 庚:
    // 12 荣誉证书, by level (CITY, COUNTY-JZ-GT, COUNTY-JZ-LH), place, entry; then 参赛证书 for
    // everyone awarded nothing (辛 壬 癸, and 子 who was listed unranked): 16 in all.
    expect(issued.map((c) => [c.number, c.recipientName, c.levelKey, c.awardName, c.titles])).toEqual([
      ["JZ-2015-ZYB-0001", "甲", "CITY", "一等奖", ["状元"]],
      ["JZ-2015-ZYB-0002", "乙", "CITY", "二等奖", []],
      ["JZ-2015-ZYB-0003", "丙", "CITY", "二等奖", []],
      ["JZ-2015-ZYB-0004", "丁", "CITY", "三等奖", []],
      ["JZ-2015-ZYB-0005", "戊", "CITY", "三等奖", []],
      ["JZ-2015-ZYB-0006", "己", "CITY", "三等奖", []],
      ["JZ-2015-ZYB-0007", "甲", "COUNTY-JZ-GT", "一等奖", ["状元"]],
      ["JZ-2015-ZYB-0008", "丙", "COUNTY-JZ-GT", "二等奖", []],
      ["JZ-2015-ZYB-0009", "戊", "COUNTY-JZ-GT", "三等奖", []],
      ["JZ-2015-ZYB-0010", "乙", "COUNTY-JZ-LH", "一等奖", ["状元"]],
      ["JZ-2015-ZYB-0011", "丁", "COUNTY-JZ-LH", "二等奖", []],
      ["JZ-2015-ZYB-0012", "庚", "COUNTY-JZ-LH", "三等奖", []],
      ["JZ-2015-ZYB-0013", "辛", "PARTICIPATION", null, []],
      ["JZ-2015-ZYB-0014", "壬", "PARTICIPATION", null, []],
      ["JZ-2015-ZYB-0015", "癸", "PARTICIPATION", null, []],
      ["JZ-2015-ZYB-0016", "子", "PARTICIPATION", null, []],
    ]);
    const first = issued[0];
    expect(first).toMatchObject({ heading: "荣誉证书", levelName: "市级", issuedOn: "2015-10-20" });
    expect(first?.citation).toMatch(
      /^甲（.+）在成绩测试 JZ-2015-ZYB中荣获市级一等奖，并获“状元”称号。特发此证，以资鼓励。$/,
    );
    expect(issued[12]?.heading).toBe("参赛证书");
  });

  it("issues again without duplicates, even twice at once", async () => {
    const answers = await Promise.all(
      [organizer, admin].map((token) =>
        api.graphql<{ issueCertificates: CertificateRow[] }>(issueMutation, { id: skills.activityId }, token),
      ),
    );
    for (const again of answers) {
      expect(again.data?.issueCertificates.map((c) => c.number)).toEqual(issued.map((c) => c.number));
    }
    expect(await api.server.database.prisma.certificate.count({ where: { activityId: skills.activityId } })).toBe(16);
  });

  it("shows a worker their own results and certificates, and nobody else's", async () => {
    const token = skills.workers.甲?.token;
    const mine = await api.graphql<{
      myResults: { trackKey: string; place: number }[];
      myCertificates: { number: string; awardName: string }[];
    }>(`{ myResults { trackKey place } myCertificates { number awardName } }`, {}, token);
    expect(mine.data?.myResults.map((row) => [row.trackKey, row.place]).sort()).toEqual([
      ["CITY", 1],
      ["COUNTY-JZ-GT", 1],
    ]);
    expect(mine.data?.myCertificates.map((row) => row.number)).toEqual(["JZ-2015-ZYB-0001", "JZ-2015-ZYB-0007"]);
    const others = await api.graphql<{ Certificate: unknown }>(
      `query($id: ID!) { Certificate(id: $id) { number } }`,
      { id: issued[1]?.id },
      token,
    );
    expect(others.data?.Certificate).toBeNull();
    const anonymous = await api.graphql(`{ myCertificates { number } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("downloads one certificate as a PDF in Chinese for its worker and the organizer", async () => {
    const own = issued[0] as CertificateRow;
    for (const token of [skills.workers.甲?.token, organizer, admin]) {
      const { response, bytes } = await download(own.downloadPath, token);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="JZ-2015-ZYB-0001.pdf"');
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(inspectPdf(bytes)).toEqual({ isPdf: true, pages: 1, embedsNotoSubset: true });
      // A subset: far smaller than the 10 MB font.
      expect(bytes.length).toBeLessThan(500_000);
    }
  });

  it("refuses a certificate download to the public, another worker and another department", async () => {
    const path = (issued[0] as CertificateRow).downloadPath;
    const anonymous = await download(path);
    expect(anonymous.response.status).toBe(401);
    expect(JSON.parse(anonymous.bytes.toString("utf8"))).toEqual({ code: "UNAUTHENTICATED", message: "请先登录" });
    for (const token of [skills.workers.乙?.token, culture, unit]) {
      const refused = await download(path, token);
      expect(refused.response.status).toBe(404);
      expect(JSON.parse(refused.bytes.toString("utf8"))).toEqual({
        code: "NOT_FOUND",
        message: "记录不存在或您无权查看",
      });
    }
    expect((await download("/files/certificates/999999.pdf", organizer)).response.status).toBe(404);
  });

  it("downloads every certificate of the activity as one PDF for the organizer only", async () => {
    const path = `/files/activities/${skills.activityId}/certificates.pdf`;
    const { response, bytes } = await download(path, organizer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="certificates-JZ-2015-ZYB.pdf"');
    expect(inspectPdf(bytes)).toEqual({ isPdf: true, pages: 16, embedsNotoSubset: true });
    const asWorker = await download(path, skills.workers.甲?.token);
    expect(asWorker.response.status).toBe(403);
    expect(JSON.parse(asWorker.bytes.toString("utf8"))).toEqual({ code: "FORBIDDEN", message: "您没有权限执行此操作" });
    expect((await download(path)).response.status).toBe(401);
  });
});
