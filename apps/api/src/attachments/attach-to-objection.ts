import type { Prisma } from "@jinzhou/db";
import { DomainError } from "@jinzhou/domain";

/** Evidence files one objection may carry. */
export const maxEvidencePerObjection = 5;
/** A public upload must be attached within this time, or it is no longer accepted. */
export const evidenceUploadTtlMs = 24 * 60 * 60 * 1000;

/**
 * Links evidence uploaded beforehand (POST /files/attachments with kind EVIDENCE, usually by the
 * public) to an objection being filed, in the objection's transaction. Only unattached EVIDENCE
 * uploads of the last 24 hours qualify, at most five; anything else is refused with a field error
 * on `attachmentIds`, and the caller's transaction rolls back.
 */
export async function attachUploadsToObjection(
  tx: Prisma.TransactionClient,
  attachmentIds: readonly number[],
  objectionId: number,
): Promise<void> {
  const ids = [...new Set(attachmentIds)];
  if (ids.length === 0) return;
  const refuse = (message: string) =>
    new DomainError("VALIDATION_FAILED", [{ field: "attachmentIds", code: "ATTACHMENT_NOT_USABLE", message }], message);
  if (ids.length > maxEvidencePerObjection) {
    throw new DomainError("ATTACHMENT_LIMIT_REACHED", [], `每件异议最多附 ${maxEvidencePerObjection} 个证明材料`);
  }
  const { count } = await tx.attachment.updateMany({
    where: {
      id: { in: ids },
      kind: "EVIDENCE",
      registrationId: null,
      objectionId: null,
      indicatorReportId: null,
      uploadedAt: { gte: new Date(Date.now() - evidenceUploadTtlMs) },
    },
    data: { objectionId },
  });
  if (count !== ids.length) throw refuse("证明材料不存在、已被使用或已过期，请重新上传");
}
