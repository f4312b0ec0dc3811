import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFileStorage } from "../attachments/file-storage.ts";
import { sweepUploads } from "../attachments/sweep-uploads.ts";
import { publicUploadsPerHour } from "../files/files-router.ts";
import { type ApiHarness, type GraphQLAnswer, startApiHarness } from "../test/api-harness.ts";
import { type FileAnswer, getFile, postFile, tinyPdf, tinyPng } from "../test/files-fixtures.ts";
import { createVoteActivity } from "../test/voting-fixtures.ts";

const recommendMutation = `mutation($activityId: ID!, $organizationId: ID!, $key: String!, $photo: ID) {
  recommendCandidate(
    activityId: $activityId, candidateName: "刘秀英", organizationId: $organizationId,
    story: "环卫工人，二十年如一日清扫城区主干道。", recommenderName: "王建国", recommenderPhone: "13904161234",
    idempotencyKey: $key, photoAttachmentId: $photo
  ) { id attachments { id kind fileName contentType } }
}`;

interface Recommended {
  recommendCandidate: { id: string; attachments: { id: string; kind: string; fileName: string }[] } | null;
}
interface Uploaded {
  id: number;
  kind: string;
  registrationId: number | null;
  downloadUrl: string;
  error?: { code: string };
}

const codeOf = (answer: GraphQLAnswer<unknown>) => answer.errors?.[0]?.extensions?.code;
const fieldErrorsOf = (answer: GraphQLAnswer<unknown>) =>
  answer.errors?.[0]?.extensions?.fieldErrors?.map((error) => [error.field, error.code]);

describe.each(testProviders())("a public recommendation's photo (%s)", (provider) => {
  let api: ApiHarness;
  let unitId: number;
  let activityId: number;
  /** Anonymous POSTs to /files/attachments so far: every one counts towards the hourly limit. */
  let anonymousPosts = 0;

  const upload = (bytes: Uint8Array, name: string, fields: Record<string, string>, token?: string) => {
    if (!token) anonymousPosts += 1;
    return postFile<Uploaded>(api, "/files/attachments", { bytes, name }, fields, token);
  };
  const recommend = (key: string, photo: number | string | null, token?: string, activity = activityId) =>
    api.graphql<Recommended>(
      recommendMutation,
      { activityId: activity, organizationId: unitId, key, photo: photo === null ? null : String(photo) },
      token,
    );
  const recommendationCount = () =>
    api.server.database.prisma.registration.count({ where: { channel: "PUBLIC_RECOMMENDATION" } });

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    unitId = (
      await prisma.organization.findFirstOrThrow({ where: { kind: "GRASSROOTS_UNION" }, orderBy: { id: "asc" } })
    ).id;
    activityId = (
      await createVoteActivity(prisma, { code: `RP-${provider}`, candidateNames: [], state: "REGISTRATION_OPEN" })
    ).activityId;
  }, 120_000);
  afterAll(() => api?.close());

  it("links an anonymous photo to the new recommendation, shown to the organizer and to no one else yet", async () => {
    const photo = await upload(tinyPng, "候选人.png", { kind: "PHOTO" });
    expect(photo.status).toBe(201);
    expect(photo.body).toMatchObject({ kind: "PHOTO", registrationId: null });
    const filed = await recommend("photo-1", photo.body.id);
    expect(filed.errors).toBeUndefined();
    const id = filed.data?.recommendCandidate?.id;
    expect(filed.data?.recommendCandidate?.attachments).toEqual([
      { id: String(photo.body.id), kind: "PHOTO", fileName: "候选人.png", contentType: "image/png" },
    ]);
    const stored = await api.server.database.prisma.attachment.findUniqueOrThrow({ where: { id: photo.body.id } });
    expect(stored.registrationId).toBe(Number(id));

    const publicity = await api.tokenFor("publicity");
    const listed = await api.graphql<{ allRecommendations: { id: string; attachments: { kind: string }[] }[] }>(
      `query($a: ID!) { allRecommendations(filter: { activityId: $a }) { id attachments { kind } } }`,
      { a: activityId },
      publicity,
    );
    expect(listed.data?.allRecommendations).toEqual([{ id, attachments: [{ kind: "PHOTO" }] }]);
    const download = await getFile(api, photo.body.downloadUrl, publicity);
    expect(download.status).toBe(200);
    expect(download.bytes.equals(tinyPng)).toBe(true);
    // Not approved, no vote yet: the public may not fetch it.
    expect((await getFile(api, photo.body.downloadUrl)).status).toBe(404);
  });

  it("refuses a PDF as a photo, a photo used twice, an expired one, and kinds that need signing in", async () => {
    const pdf = await upload(tinyPdf, "照片.pdf", { kind: "PHOTO" });
    expect(pdf.status).toBe(415);
    expect(pdf.body.error?.code).toBe("FILE_TYPE_NOT_ALLOWED");

    const photo = await upload(tinyPng, "a.png", { kind: "PHOTO" });
    expect(photo.status).toBe(201);
    expect((await recommend("photo-2", photo.body.id)).errors).toBeUndefined();
    const before = await recommendationCount();
    const reused = await recommend("photo-3", photo.body.id);
    expect(codeOf(reused)).toBe("VALIDATION_FAILED");
    expect(fieldErrorsOf(reused)).toEqual([["photoAttachmentId", "ATTACHMENT_NOT_USABLE"]]);
    expect(reused.errors?.[0]?.message).toBe("照片不存在、已被使用或已过期，请重新上传");
    // Not a number at all: the same refusal. Nothing was recorded either time.
    expect(fieldErrorsOf(await recommend("photo-3", "abc"))).toEqual([["photoAttachmentId", "ATTACHMENT_NOT_USABLE"]]);
    expect(await recommendationCount()).toBe(before);

    const old = await upload(tinyPng, "b.png", { kind: "PHOTO" });
    await api.server.database.prisma.attachment.update({
      where: { id: old.body.id },
      data: { uploadedAt: new Date(Date.now() - 25 * 3600_000) },
    });
    expect(fieldErrorsOf(await recommend("photo-4", old.body.id))).toEqual([
      ["photoAttachmentId", "ATTACHMENT_NOT_USABLE"],
    ]);
    // Evidence is no photo.
    const evidence = await upload(tinyPng, "c.png", { kind: "EVIDENCE" });
    expect(evidence.status).toBe(201);
    expect(codeOf(await recommend("photo-5", evidence.body.id))).toBe("VALIDATION_FAILED");
    expect(await recommendationCount()).toBe(before);

    // A story (事迹材料) or a photo for a given registration needs signing in.
    const story = await upload(tinyPng, "d.png", { kind: "STORY" });
    expect(story.status).toBe(401);
    const registration = await api.server.database.prisma.registration.findFirstOrThrow({ where: { activityId } });
    const direct = await upload(tinyPng, "e.png", { kind: "PHOTO", registrationId: String(registration.id) });
    expect(direct.status).toBe(401);
  });

  it("refuses someone else's signed-in upload; the uploader may use their own", async () => {
    const worker = await api.tokenFor("worker");
    const theirs = await upload(tinyPng, "f.png", { kind: "PHOTO" }, worker);
    expect(theirs.status).toBe(201);
    expect(theirs.body.registrationId).toBeNull();
    expect(codeOf(await recommend("photo-6", theirs.body.id))).toBe("VALIDATION_FAILED");
    expect(codeOf(await recommend("photo-6", theirs.body.id, await api.tokenFor("unit")))).toBe("VALIDATION_FAILED");
    const own = await recommend("photo-7", theirs.body.id, worker);
    expect(own.errors).toBeUndefined();
    expect(own.data?.recommendCandidate?.attachments.map((file) => file.kind)).toEqual(["PHOTO"]);
  });

  it("applies the activity's attachment rule: a photo required, in its formats", async () => {
    const prisma = api.server.database.prisma;
    const strict = await createVoteActivity(prisma, {
      code: `RP-RULE-${provider}`,
      candidateNames: [],
      state: "REGISTRATION_OPEN",
    });
    const activity = await prisma.activity.findUniqueOrThrow({ where: { id: strict.activityId } });
    await prisma.activity.update({
      where: { id: strict.activityId },
      data: {
        configuration: {
          ...(activity.configuration as object),
          attachments: { minCount: 1, maxCount: 3, acceptedExtensions: ["jpg", "jpeg"], maxMegabytesEach: 5 },
        },
      },
    });
    const missing = await recommend("rule-1", null, undefined, strict.activityId);
    expect(fieldErrorsOf(missing)).toEqual([["photoAttachmentId", "REQUIRED"]]);
    const png = await upload(tinyPng, "g.png", { kind: "PHOTO" });
    const refused = await recommend("rule-2", png.body.id, undefined, strict.activityId);
    expect(fieldErrorsOf(refused)).toEqual([["photoAttachmentId", "ATTACHMENT_NOT_USABLE"]]);
    expect(refused.errors?.[0]?.message).toBe("该活动只接受以下格式的附件：jpg、jpeg");
    expect(await prisma.registration.count({ where: { activityId: strict.activityId } })).toBe(0);
    // The refused photo stays unattached, and is swept after a day like any unused upload.
    const storage = createFileStorage(api.storageDir);
    await sweepUploads(prisma, storage, new Date(Date.now() + 25 * 3600_000));
    expect(await prisma.attachment.count({ where: { id: png.body.id } })).toBe(0);
    expect(await prisma.attachment.count({ where: { kind: "PHOTO", registration: { activityId } } })).toBe(3);
  });

  it("limits the public's uploads per address and hour, photos and evidence alike", async () => {
    let last: FileAnswer<Uploaded> | null = null;
    while (anonymousPosts < publicUploadsPerHour) {
      last = await upload(tinyPng, "h.png", { kind: "PHOTO" });
      expect(last.status).toBe(201);
    }
    const photo = await upload(tinyPng, "i.png", { kind: "PHOTO" });
    expect(photo.status).toBe(429);
    expect(photo.body.error?.code).toBe("UPLOAD_RATE_LIMITED");
    const evidence = await upload(tinyPdf, "j.pdf", { kind: "EVIDENCE" });
    expect(evidence.body.error?.code).toBe("UPLOAD_RATE_LIMITED");
    // A signed-in user is not limited this way.
    expect((await upload(tinyPng, "k.png", { kind: "PHOTO" }, await api.tokenFor("worker"))).status).toBe(201);
  });
});
