import { testProviders } from "@jinzhou/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { getFile, postFile, tinyPdf } from "../test/files-fixtures.ts";
import { type JudgingActivity, skillsContest } from "../test/results-fixtures.ts";

// The notice period is counted from the clock: the tests set it (Date only; timers run). Tokens
// are issued before, at the real time, and stay valid at the earlier dates.
function setChinaTime(isoWithOffset: string) {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(isoWithOffset));
}

const fileMutation = `mutation($a: ID!, $e: ID!, $ids: [ID!]) {
  fileObjection(activityId: $a, entryId: $e, content: "实操工件测量记录缺页，请核查", contactName: "周女士",
                contactPhone: "13812345678", attachmentIds: $ids) { id status } }`;
const objectionsQuery = `query($a: ID!) { allObjections(filter: { activityId: $a }, sortField: "id", sortOrder: "ASC") {
  id entrantName attachments { id fileName kind size downloadUrl } } }`;

interface Uploaded {
  id: number;
  downloadUrl: string;
}

describe.each(testProviders())("an objection's evidence (%s)", (provider) => {
  let api: ApiHarness;
  let organizer: string;
  let culture: string;
  let skills: JudgingActivity;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    organizer = await api.tokenFor("organizer");
    culture = await api.tokenFor("culture");
    skills = await skillsContest(api, "EV-ZYB", 7600);
    const computed = await api.graphql(
      `mutation($id: ID!) { computeResults(activityId: $id) { resultCount } }`,
      { id: skills.activityId },
      organizer,
    );
    expect(computed.errors).toBeUndefined();
    setChinaTime("2015-09-30T10:00:00+08:00");
    const published = await api.graphql(
      `mutation($id: ID!) { publishResultsForNotice(activityId: $id) { endDate } }`,
      { id: skills.activityId },
      organizer,
    );
    expect(published.errors).toBeUndefined();
    vi.useRealTimers();
  }, 120_000);
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("links the public's uploads when the objection is filed and lists them to the organizer, who downloads them", async () => {
    setChinaTime("2015-10-09T09:00:00+08:00");
    const upload = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPdf, name: "测量记录.pdf" },
      { kind: "EVIDENCE" },
    );
    expect(upload.status).toBe(201);
    const filed = await api.graphql<{ fileObjection: { id: string; status: string } }>(fileMutation, {
      a: skills.activityId,
      e: skills.entryIds.丙,
      ids: [String(upload.body.id)],
    });
    expect(filed.errors).toBeUndefined();
    expect(filed.data?.fileObjection.status).toBe("OPEN");

    const listed = await api.graphql<{
      allObjections: {
        id: string;
        entrantName: string;
        attachments: { fileName: string; kind: string; downloadUrl: string }[];
      }[];
    }>(objectionsQuery, { a: skills.activityId }, organizer);
    expect(listed.errors).toBeUndefined();
    const objection = listed.data?.allObjections.find((row) => row.id === filed.data?.fileObjection.id);
    expect(objection?.attachments.map((file) => [file.fileName, file.kind, file.downloadUrl])).toEqual([
      ["测量记录.pdf", "EVIDENCE", `/files/attachments/${upload.body.id}`],
    ]);
    const download = await getFile(api, upload.body.downloadUrl, organizer);
    expect(download.status).toBe(200);
    expect(download.bytes.subarray(0, 4).toString("latin1")).toBe("%PDF");
    // Another department's organizer sees neither the objection nor its file.
    const other = await api.graphql<{ allObjections: unknown[] }>(objectionsQuery, { a: skills.activityId }, culture);
    expect(other.data?.allObjections).toEqual([]);
    expect((await getFile(api, upload.body.downloadUrl, culture)).status).toBe(404);
  });

  it("refuses evidence already used, and then files nothing", async () => {
    setChinaTime("2015-10-09T10:00:00+08:00");
    const upload = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPdf, name: "a.pdf" },
      { kind: "EVIDENCE" },
    );
    expect(upload.status).toBe(201);
    const first = await api.graphql(fileMutation, {
      a: skills.activityId,
      e: skills.entryIds.甲,
      ids: [String(upload.body.id)],
    });
    expect(first.errors).toBeUndefined();
    const before = await api.server.database.prisma.objection.count({ where: { activityId: skills.activityId } });
    const again = await api.graphql(fileMutation, {
      a: skills.activityId,
      e: skills.entryIds.乙,
      ids: [String(upload.body.id)],
    });
    expect(again.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(again.errors?.[0]?.message).toContain("证明材料不存在、已被使用或已过期");
    expect(await api.server.database.prisma.objection.count({ where: { activityId: skills.activityId } })).toBe(before);
  });
});
