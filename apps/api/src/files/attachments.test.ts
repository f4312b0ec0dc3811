import { createHash } from "node:crypto";
import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachUploadsToObjection } from "../attachments/attach-uploads.ts";
import { createFileStorage } from "../attachments/file-storage.ts";
import { sweepUploads } from "../attachments/sweep-uploads.ts";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { fakeExe, filesUnder, getFile, postFile, tinyPdf, tinyPng } from "../test/files-fixtures.ts";
import { createOpenActivity, createWorkers, type TestWorker } from "../test/registration-fixtures.ts";
import { insertRegistration, insertUnitAdmin } from "../test/registration-rows.ts";

interface Uploaded {
  id: number;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  registrationId: number | null;
  downloadUrl: string;
  error?: { code: string; message: string };
}

describe.each(testProviders())("attachments over HTTP (%s)", (provider) => {
  let api: ApiHarness;
  let storageDir: string;
  let owner: TestWorker;
  let otherWorker: TestWorker;
  let registrationId: number;
  let otherUnitAdminToken: string;
  let activityId: number;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    storageDir = api.storageDir;
    const prisma = api.server.database.prisma;
    const unit = await prisma.user.findUniqueOrThrow({ where: { username: "unit" }, include: { organization: true } });
    const insideUnit = await prisma.organization.findFirstOrThrow({
      where: { kind: "GRASSROOTS_UNION", path: { startsWith: unit.organization.path } },
    });
    const otherCounty = await prisma.organization.findFirstOrThrow({
      where: { kind: "COUNTY_FEDERATION", NOT: { id: unit.organizationId } },
    });
    [owner, otherWorker] = (await createWorkers(api, {
      count: 2,
      organizationId: insideUnit.id,
      prefix: "附件职工",
      firstSequence: 400,
    })) as [TestWorker, TestWorker];
    const activity = await createOpenActivity(prisma, { code: "ATT-1", capacity: null, approvalLevels: ["UNIT"] });
    activityId = activity.id;
    const registration = await insertRegistration(prisma, {
      activityId: activity.id,
      categoryId: activity.categories[0]?.id as number,
      workerIds: [owner.workerId],
      state: "PENDING_UNIT",
    });
    registrationId = registration.id;
    const otherAdmin = await insertUnitAdmin(prisma, "attach-other-unit", otherCounty.id);
    otherUnitAdminToken = await api.tokenForUserId(otherAdmin.id);
  });
  afterAll(async () => {
    await api?.close();
  });

  const stored = () => filesUnder(storageDir).filter((path) => path.startsWith("objects/"));
  const temporary = () => filesUnder(storageDir).filter((path) => path.startsWith("tmp/"));

  it("a worker uploads a PNG photo to their registration; it is stored by a random key with its SHA-256 and listed on the registration", async () => {
    const answer = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPng, name: "我的照片.png", type: "image/png" },
      { kind: "PHOTO", registrationId: String(registrationId) },
      owner.token,
    );
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      kind: "PHOTO",
      fileName: "我的照片.png",
      contentType: "image/png",
      size: tinyPng.length,
      sha256: createHash("sha256").update(tinyPng).digest("hex"),
      registrationId,
      downloadUrl: `/files/attachments/${answer.body.id}`,
    });
    const row = await api.server.database.prisma.attachment.findUniqueOrThrow({ where: { id: answer.body.id } });
    expect(row.uploadedById).not.toBeNull();
    expect(row.storageKey).toMatch(/^[0-9a-f]{32}$/);
    expect(stored()).toContain(`objects/${row.storageKey.slice(0, 2)}/${row.storageKey.slice(2, 4)}/${row.storageKey}`);
    expect(temporary()).toEqual([]);

    const listed = await api.graphql<{
      Registration: { attachments: { id: string; kindLabel: string; size: number }[] };
    }>(
      "query($id: ID!) { Registration(id: $id) { attachments { id kindLabel size } } }",
      { id: registrationId },
      owner.token,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.Registration.attachments).toEqual([
      { id: String(answer.body.id), kindLabel: "照片", size: tinyPng.length },
    ]);

    // Served only as a download, never as active content.
    const download = await getFile(api, `/files/attachments/${answer.body.id}`, owner.token);
    expect(download.status).toBe(200);
    expect(download.bytes.equals(tinyPng)).toBe(true);
    expect(download.headers.get("content-type")).toBe("image/png");
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="____.png"; filename*=UTF-8''${encodeURIComponent("我的照片.png")}`,
    );
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");

    // The organizer of the owning department and the unit admin above may download it…
    for (const username of ["organizer", "unit", "admin"]) {
      const seen = await getFile(api, `/files/attachments/${answer.body.id}`, await api.tokenFor(username));
      expect([username, seen.status]).toEqual([username, 200]);
    }
    // …another unit's admin, another worker and the public are told it does not exist.
    for (const token of [otherUnitAdminToken, otherWorker.token, undefined]) {
      const refused = await getFile(api, `/files/attachments/${answer.body.id}`, token);
      expect(refused.status).toBe(404);
      expect(JSON.parse(refused.bytes.toString("utf8")).error).toEqual({
        code: "NOT_FOUND",
        message: "记录不存在或您无权查看",
      });
    }
  });

  it("an executable renamed .png is refused by its bytes, and nothing stays on disk", async () => {
    const before = stored();
    const answer = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: fakeExe, name: "photo.png", type: "image/png" },
      { kind: "PHOTO", registrationId: String(registrationId) },
      owner.token,
    );
    expect(answer.status).toBe(415);
    expect(answer.body.error?.code).toBe("FILE_TYPE_NOT_ALLOWED");
    expect(answer.body.error?.message).toContain("不支持该文件类型");
    expect(stored()).toEqual(before);
    expect(temporary()).toEqual([]);

    // A PDF named .png is a real file but not what its name says.
    const mismatch = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPdf, name: "scan.png" },
      { kind: "STORY", registrationId: String(registrationId) },
      owner.token,
    );
    expect(mismatch.status).toBe(415);
    expect(mismatch.body.error?.message).toBe("文件内容与扩展名“.png”不符，请上传真实的文件");
  });

  it("an 11 MB file is refused with FILE_TOO_LARGE while it streams, leaving nothing on disk or in the database", async () => {
    const before = stored();
    const count = await api.server.database.prisma.attachment.count();
    const big = Buffer.concat([tinyPng, Buffer.alloc(11 * 1024 * 1024)]);
    const answer = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: big, name: "big.png", type: "image/png" },
      { kind: "PHOTO", registrationId: String(registrationId) },
      owner.token,
    );
    expect(answer.status).toBe(413);
    expect(answer.body.error).toEqual({ code: "FILE_TOO_LARGE", message: "文件超过大小上限（10 MB）" });
    expect(stored()).toEqual(before);
    expect(temporary()).toEqual([]);
    expect(await api.server.database.prisma.attachment.count()).toBe(count);
  });

  it("another unit's admin cannot attach to a registration outside their subtree, nor the public to a registration", async () => {
    const answer = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPng, name: "x.png" },
      { kind: "PHOTO", registrationId: String(registrationId) },
      otherUnitAdminToken,
    );
    expect(answer.status).toBe(404);
    expect(answer.body.error?.code).toBe("NOT_FOUND");
    // The organizer sees the registration but does not act on it: refused outright.
    const organizer = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPng, name: "x.png" },
      { kind: "PHOTO", registrationId: String(registrationId) },
      await api.tokenFor("organizer"),
    );
    expect(organizer.status).toBe(403);
    expect(organizer.body.error?.code).toBe("FORBIDDEN");
    const anonymous = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPng, name: "x.png" },
      { kind: "PHOTO", registrationId: String(registrationId) },
    );
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toEqual({ code: "UNAUTHENTICATED", message: "请先登录" });
    expect(temporary()).toEqual([]);
  });

  it("the worker deletes an attachment before review; once the unit has approved, deleting is refused", async () => {
    const prisma = api.server.database.prisma;
    const upload = async () =>
      (
        await postFile<Uploaded>(
          api,
          "/files/attachments",
          { bytes: tinyPdf, name: "事迹.pdf" },
          { kind: "STORY", registrationId: String(registrationId) },
          owner.token,
        )
      ).body;
    const first = await upload();
    const key = (await prisma.attachment.findUniqueOrThrow({ where: { id: first.id } })).storageKey;
    const deleteMutation = "mutation($id: ID!) { deleteAttachment(id: $id) { id fileName } }";
    const deleted = await api.graphql(deleteMutation, { id: first.id }, owner.token);
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data).toEqual({ deleteAttachment: { id: String(first.id), fileName: "事迹.pdf" } });
    expect(stored().some((path) => path.endsWith(key))).toBe(false);
    expect(await prisma.auditEntry.count({ where: { action: "ATTACHMENT_DELETE", entityId: first.id } })).toBe(1);

    const second = await upload();
    const unitToken = await api.tokenFor("unit");
    const approved = await api.graphql(
      "mutation($id: ID!) { reviewRegistration(id: $id, action: APPROVE) { state } }",
      { id: registrationId },
      unitToken,
    );
    expect(approved.errors).toBeUndefined();
    const refused = await api.graphql(deleteMutation, { id: second.id }, owner.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("ATTACHMENT_LOCKED");
    expect(refused.errors?.[0]?.message).toBe("报名已进入审核，附件不能再删除");
    expect(await prisma.attachment.count({ where: { id: second.id } })).toBe(1);
  });

  it("the public uploads an objection's evidence, which is linked when the objection is filed and shown to the organizer only", async () => {
    const prisma = api.server.database.prisma;
    const answer = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPdf, name: "证据.pdf" },
      { kind: "EVIDENCE" },
    );
    expect(answer.status).toBe(201);
    expect(answer.body.registrationId).toBeNull();
    const organizer = await prisma.user.findUniqueOrThrow({ where: { username: "organizer" } });
    const notice = await prisma.publicNotice.create({
      data: {
        activityId,
        publishedAt: new Date(),
        publishedOn: "2099-06-01",
        workingDays: 5,
        firstDay: "2099-06-02",
        endDate: "2099-06-08",
        workingDates: [],
        publishedById: organizer.id,
      },
    });
    const objection = await prisma.objection.create({
      data: {
        publicNoticeId: notice.id,
        activityId,
        registrationId,
        content: "成绩有误",
        contactName: "赵先生",
        filedOn: "2099-06-03",
      },
    });
    await prisma.$transaction((tx) => attachUploadsToObjection(tx, [answer.body.id], objection.id));
    expect((await prisma.attachment.findUniqueOrThrow({ where: { id: answer.body.id } })).objectionId).toBe(
      objection.id,
    );
    // Used once: a second objection cannot take it.
    await expect(
      prisma.$transaction((tx) => attachUploadsToObjection(tx, [answer.body.id], objection.id + 1)),
    ).rejects.toThrow("证明材料不存在、已被使用或已过期，请重新上传");
    expect((await getFile(api, answer.body.downloadUrl, await api.tokenFor("organizer"))).status).toBe(200);
    expect((await getFile(api, answer.body.downloadUrl)).status).toBe(404);
    expect((await getFile(api, answer.body.downloadUrl, await api.tokenFor("unit"))).status).toBe(404);

    // The public may upload nothing but evidence and recommendation photos.
    const story = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPng, name: "a.png" },
      { kind: "STORY" },
    );
    expect(story.status).toBe(401);
  });

  it("a judge assigned to the entry may download its files, unless recused", async () => {
    const prisma = api.server.database.prisma;
    const upload = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPdf, name: "申报书.pdf" },
      { kind: "PROJECT_DOCUMENT", registrationId: String(registrationId) },
      owner.token,
    );
    expect(upload.status).toBe(201);
    const judgeToken = await api.tokenFor("judge");
    expect((await getFile(api, upload.body.downloadUrl, judgeToken)).status).toBe(404);
    const judge = await prisma.user.findUniqueOrThrow({ where: { username: "judge" } });
    const organizer = await prisma.user.findUniqueOrThrow({ where: { username: "organizer" } });
    const round = await prisma.round.create({
      data: { activityId, key: "experts", name: "专家评审", kind: "CRITERIA_SCORING", weight: "100", maxResult: "100" },
    });
    await prisma.judgeAssignment.create({
      data: { roundId: round.id, registrationId, judgeUserId: judge.id, assignedById: organizer.id },
    });
    expect((await getFile(api, upload.body.downloadUrl, judgeToken)).status).toBe(200);
    await prisma.judgeRecusal.create({ data: { registrationId, judgeUserId: judge.id, reason: "同单位" } });
    expect((await getFile(api, upload.body.downloadUrl, judgeToken)).status).toBe(404);
  });

  it("uploads attached to nothing for a day are swept away with their files", async () => {
    const prisma = api.server.database.prisma;
    const answer = await postFile<Uploaded>(
      api,
      "/files/attachments",
      { bytes: tinyPdf, name: "迟交.pdf" },
      { kind: "EVIDENCE" },
    );
    expect(answer.status).toBe(201);
    const { storageKey } = await prisma.attachment.findUniqueOrThrow({ where: { id: answer.body.id } });
    const storage = createFileStorage(storageDir);
    // Not yet a day old: kept.
    await sweepUploads(prisma, storage);
    expect(await prisma.attachment.count({ where: { id: answer.body.id } })).toBe(1);
    await sweepUploads(prisma, storage, new Date(Date.now() + 25 * 3600_000));
    expect(await prisma.attachment.count({ where: { id: answer.body.id } })).toBe(0);
    expect(stored().some((path) => path.endsWith(storageKey))).toBe(false);
    // Attached evidence is never swept.
    expect(await prisma.attachment.count({ where: { objectionId: { not: null } } })).toBe(1);
  });

  it("a candidate's photo in a public vote is public once the vote can start; their story is not", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: "ATT-VOTE", capacity: null });
    const configuration = activity.configuration as { rounds: unknown[] };
    const publicVote = {
      key: "vote",
      name: "公众投票",
      kind: "PUBLIC_VOTE",
      weight: "100",
      maxResult: "100",
      criteriaScoring: null,
      judgementMarks: null,
      judgesPerEntry: null,
    };
    await prisma.activity.update({
      where: { id: activity.id },
      data: { configuration: { ...configuration, rounds: [publicVote] } },
    });
    const candidate = await insertRegistration(prisma, {
      activityId: activity.id,
      categoryId: activity.categories[0]?.id as number,
      workerIds: [otherWorker.workerId],
      state: "CONFIRMED",
    });
    const upload = async (kind: string, bytes: Buffer, name: string) =>
      (
        await postFile<Uploaded>(
          api,
          "/files/attachments",
          { bytes, name },
          { kind, registrationId: String(candidate.id) },
          otherWorker.token,
        )
      ).body;
    const photo = await upload("PHOTO", tinyPng, "候选人.png");
    const story = await upload("STORY", tinyPdf, "事迹.pdf");
    // While registration is open the candidates are not yet shown.
    expect((await getFile(api, photo.downloadUrl)).status).toBe(404);
    await prisma.activity.update({ where: { id: activity.id }, data: { state: "JUDGING" } });
    const shown = await getFile(api, photo.downloadUrl);
    expect(shown.status).toBe(200);
    expect(shown.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect((await getFile(api, story.downloadUrl)).status).toBe(404);
  });
});
