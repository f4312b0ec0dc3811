import type { Prisma } from "@jinzhou/db";
import { type ActivityAttachmentRule, DomainError } from "@jinzhou/domain";
import { formatBytes } from "../files/multipart.ts";
import { fileTypes } from "./content-type.ts";
import type { AttachmentKind } from "./upload-attachment.ts";

/** Evidence files one objection may carry. */
export const maxEvidencePerObjection = 5;
/** A public upload must be attached within this time, or it is no longer accepted (and is swept). */
export const publicUploadTtlMs = 24 * 60 * 60 * 1000;

export interface PublicUploadLink {
  /** The uploads named by the caller (POST /files/attachments without a registration). */
  attachmentIds: readonly number[];
  kind: AttachmentKind;
  /** The record they join: an objection being filed or a recommendation (a registration) being made. */
  target: { objectionId: number } | { registrationId: number };
  /** Who links them: uploads by the public qualify, and the linking user's own. */
  linkedById: number | null;
  /** The input field named in refusals, e.g. "attachmentIds" or "photoAttachmentId". */
  field: string;
  /** How refusals name the files, e.g. "证明材料" or "照片". */
  noun: string;
  maxCount: number;
  /** The activity's attachment rule (formats, size each), when it has one. */
  rule?: ActivityAttachmentRule | null;
}

/**
 * Links files uploaded beforehand without a registration (usually by the public) to the record
 * being created, inside the caller's transaction. Only unattached uploads of the given kind from
 * the last 24 hours qualify, uploaded anonymously or by the linking user, each used once and
 * within the activity's attachment rule; anything else is refused with a field error and the
 * caller's transaction rolls back.
 */
export async function attachPublicUploads(tx: Prisma.TransactionClient, link: PublicUploadLink): Promise<void> {
  const ids = [...new Set(link.attachmentIds)];
  if (ids.length === 0) return;
  const refuse = (message: string) =>
    new DomainError("VALIDATION_FAILED", [{ field: link.field, code: "ATTACHMENT_NOT_USABLE", message }], message);
  if (ids.length > link.maxCount) {
    throw new DomainError("ATTACHMENT_LIMIT_REACHED", [], `最多附 ${link.maxCount} 个${link.noun}`);
  }
  const usable: Prisma.AttachmentWhereInput = {
    id: { in: ids },
    kind: link.kind,
    registrationId: null,
    objectionId: null,
    indicatorReportId: null,
    uploadedAt: { gte: new Date(Date.now() - publicUploadTtlMs) },
    OR: [{ uploadedById: null }, ...(link.linkedById !== null ? [{ uploadedById: link.linkedById }] : [])],
  };
  const missing = `${link.noun}不存在、已被使用或已过期，请重新上传`;
  if (link.rule) {
    const accepted = link.rule.acceptedExtensions.map((extension) => extension.toLowerCase());
    const limit = link.rule.maxMegabytesEach * 1024 * 1024;
    for (const file of await tx.attachment.findMany({ where: usable, select: { contentType: true, size: true } })) {
      // The type recognized from the bytes at upload decides, as for a registration's own uploads.
      const type = Object.values(fileTypes).find((candidate) => candidate.contentType === file.contentType);
      if (!type?.extensions.some((extension) => accepted.includes(extension))) {
        throw refuse(`该活动只接受以下格式的附件：${accepted.join("、")}`);
      }
      if (file.size > limit) throw refuse(`该活动每个附件不超过 ${formatBytes(limit)}`);
    }
  }
  const { count } = await tx.attachment.updateMany({ where: usable, data: link.target });
  if (count !== ids.length) throw refuse(missing);
}

/** An objection's evidence (kind EVIDENCE, at most five), linked when the objection is filed. */
export function attachUploadsToObjection(
  tx: Prisma.TransactionClient,
  attachmentIds: readonly number[],
  objectionId: number,
  linkedById: number | null = null,
): Promise<void> {
  return attachPublicUploads(tx, {
    attachmentIds,
    kind: "EVIDENCE",
    target: { objectionId },
    linkedById,
    field: "attachmentIds",
    noun: "证明材料",
    maxCount: maxEvidencePerObjection,
  });
}
