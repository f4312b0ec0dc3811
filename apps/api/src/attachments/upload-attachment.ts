import { type ActivityConfiguration, DomainError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { formatBytes } from "../files/multipart.ts";
import { registrationScopeWhere } from "../registrations/registration-scope.ts";
import { mayActOnRegistration } from "./attachment-access.ts";
import { cleanFileName, detectFileType, extensionOf, type FileType, fileTypes } from "./content-type.ts";
import type { FileStorage, ReceivedFile } from "./file-storage.ts";

export const attachmentKinds = ["PHOTO", "STORY", "PROJECT_DOCUMENT", "EVIDENCE", "OTHER"] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export const attachmentKindLabels: Record<AttachmentKind, string> = {
  PHOTO: "照片",
  STORY: "事迹材料",
  PROJECT_DOCUMENT: "项目申报材料",
  EVIDENCE: "异议证明材料",
  OTHER: "其他材料",
};

/** Files per registration when the activity sets no attachment rule. */
export const defaultMaxAttachmentsPerRegistration = 20;

/** Kinds uploaded without a registration (by the public too), linked later to what they support. */
export const publicUploadKinds: readonly AttachmentKind[] = ["EVIDENCE", "PHOTO"];

/** Registrations that take no more files. */
const closedRegistrationStates = ["REJECTED", "WITHDRAWN"];
const closedActivityStates = ["PUBLIC_NOTICE", "FINAL"];

export interface UploadRequest {
  kind: string | undefined;
  registrationId: string | undefined;
  file: (ReceivedFile & { fileName: string }) | null;
}

/**
 * Keeps an uploaded file as an attachment once everything about it is right: its type from its
 * bytes (the name's extension must agree), the activity's attachment rule (formats, size each,
 * count), and the uploader's right to the registration. A signed-in user attaches to a
 * registration; anyone (the public without signing in) may upload, without a registration, an
 * objection's evidence or a recommended candidate's photo, linked when the objection is filed or the
 * recommendation made (attach-uploads.ts) and swept when never used. The received file is removed
 * whenever the upload is refused.
 */
export async function uploadAttachment(context: Context, storage: FileStorage, request: UploadRequest) {
  const file = request.file;
  try {
    if (!file || file.size === 0) throw new DomainError("BAD_REQUEST", [], "请选择要上传的文件");
    const kind = request.kind ?? "";
    if (!(attachmentKinds as readonly string[]).includes(kind)) {
      throw new DomainError("BAD_REQUEST", [
        {
          field: "kind",
          code: "UNKNOWN_VALUE",
          message: "附件类别应为 PHOTO、STORY、PROJECT_DOCUMENT、EVIDENCE 或 OTHER",
        },
      ]);
    }
    const fileType = await detectFileType(file.temporaryPath, file.head, file.size);
    if (!fileType) throw new DomainError("FILE_TYPE_NOT_ALLOWED");
    const fileName = cleanFileName(file.fileName || `附件.${fileTypes[fileType].extensions[0]}`);
    const extension = extensionOf(fileName);
    if (extension !== "" && !fileTypes[fileType].extensions.includes(extension)) {
      throw new DomainError("FILE_TYPE_NOT_ALLOWED", [], `文件内容与扩展名“.${extension}”不符，请上传真实的文件`);
    }
    if (kind === "PHOTO" && !fileTypes[fileType].image) {
      throw new DomainError("FILE_TYPE_NOT_ALLOWED", [], "照片须为 JPEG、PNG 或 WebP 图片");
    }

    const actor = context.actor;
    const registrationId = request.registrationId ? Number(request.registrationId) : null;
    if (registrationId !== null && (!Number.isSafeInteger(registrationId) || registrationId < 1)) {
      throw new DomainError("NOT_FOUND");
    }
    const publicKind = (publicUploadKinds as readonly string[]).includes(kind);
    if (!actor && (!publicKind || registrationId !== null)) throw new DomainError("UNAUTHENTICATED");
    if (actor && registrationId === null && !publicKind) {
      throw new DomainError("BAD_REQUEST", [
        { field: "registrationId", code: "REQUIRED", message: "请指定附件所属的报名" },
      ]);
    }
    if (registrationId !== null) await checkRegistration(context, registrationId, fileType, file.size);

    const storageKey = await storage.keep(file);
    try {
      return await context.prisma.$transaction(async (tx) => {
        // The activity the registration belongs to, so that the upload shows in the activity's audit log.
        const activityId = registrationId !== null ? await checkCount(tx, registrationId) : null;
        const attachment = await tx.attachment.create({
          data: {
            kind: kind as AttachmentKind,
            fileName,
            contentType: fileTypes[fileType].contentType,
            size: file.size,
            storageKey,
            sha256: file.sha256,
            registrationId,
            uploadedById: actor?.userId ?? null,
          },
        });
        await recordAuditEntry(tx, actor, {
          action: "ATTACHMENT_UPLOAD",
          entityType: "Attachment",
          entityId: attachment.id,
          activityId,
          after: {
            kind,
            fileName,
            contentType: attachment.contentType,
            size: file.size,
            sha256: file.sha256,
            registrationId,
          },
        });
        return attachment;
      });
    } catch (error) {
      await storage.remove(storageKey);
      throw error;
    }
  } finally {
    await file?.discard();
  }
}

async function checkRegistration(context: Context, registrationId: number, fileType: FileType, size: number) {
  const actor = context.actor;
  if (!actor) throw new DomainError("UNAUTHENTICATED");
  const registration = await context.prisma.registration.findUnique({
    where: { id: registrationId },
    select: {
      state: true,
      organization: { select: { path: true } },
      members: { select: { workerId: true } },
      activity: { select: { state: true, configuration: true } },
    },
  });
  // A registration the uploader may not act on looks absent, as in every other read.
  if (!registration) throw new DomainError("NOT_FOUND");
  if (!mayActOnRegistration(actor, registration)) {
    // Refused outright when the actor may see the registration (an organizer), otherwise it looks absent.
    const visible = await context.prisma.registration.count({
      where: { AND: [{ id: registrationId }, await registrationScopeWhere(context)] },
    });
    throw new DomainError(visible > 0 ? "FORBIDDEN" : "NOT_FOUND");
  }
  if (
    closedRegistrationStates.includes(registration.state) ||
    closedActivityStates.includes(registration.activity.state)
  ) {
    throw new DomainError("FORBIDDEN", [], "这份报名已不能再上传附件");
  }
  const rule = (registration.activity.configuration as unknown as ActivityConfiguration).attachments;
  if (rule) {
    const accepted = rule.acceptedExtensions.map((extension) => extension.toLowerCase());
    if (!fileTypes[fileType].extensions.some((extension) => accepted.includes(extension))) {
      throw new DomainError("FILE_TYPE_NOT_ALLOWED", [], `该活动只接受以下格式的附件：${accepted.join("、")}`);
    }
    const limit = rule.maxMegabytesEach * 1024 * 1024;
    if (size > limit) throw new DomainError("FILE_TOO_LARGE", [], `该活动每个附件不超过 ${formatBytes(limit)}`);
  }
}

async function checkCount(
  tx: Pick<Context["prisma"], "attachment" | "registration">,
  registrationId: number,
): Promise<number> {
  const registration = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      activityId: true,
      activity: { select: { configuration: true } },
      _count: { select: { attachments: true } },
    },
  });
  const rule = (registration.activity.configuration as unknown as ActivityConfiguration).attachments;
  const max = rule?.maxCount ?? defaultMaxAttachmentsPerRegistration;
  if (registration._count.attachments >= max) {
    throw new DomainError("ATTACHMENT_LIMIT_REACHED", [], `每份报名最多上传 ${max} 个附件`);
  }
  return registration.activityId;
}
