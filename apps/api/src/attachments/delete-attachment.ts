import { DomainError } from "@jinzhou/domain";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { requireActor } from "../organizations/organization-scope.ts";
import { findVisibleAttachment, mayActOnRegistration } from "./attachment-access.ts";
import type { FileStorage } from "./file-storage.ts";

/** States in which nobody has decided on the registration's current submission yet. */
const pendingStates = ["PENDING_UNIT", "PENDING_COUNTY", "PENDING_ORGANIZER"];

/**
 * Removes an attachment before its registration is submitted for good: while registration is open
 * and the registration is returned for changes (已退回), or waits for review with no decision yet on
 * its current submission. Whoever may act on the registration may remove it (the worker it names,
 * a unit admin above, the admin). A file not attached to anything may be removed by its uploader.
 * The row goes first, in one transaction with the audit entry; then the bytes.
 */
export async function deleteAttachment(context: Context, storage: FileStorage, id: number) {
  const actor = requireActor(context);
  const attachment = await findVisibleAttachment(context, id);
  const registration = attachment.registration;
  if (registration) {
    if (!mayActOnRegistration(actor, registration)) throw new DomainError("FORBIDDEN");
    const decided =
      (await context.prisma.approval.count({
        where: { registrationId: registration.id, submission: registration.submission, action: "APPROVE" },
      })) > 0;
    const open =
      registration.activity.state === "REGISTRATION_OPEN" &&
      (registration.state === "RETURNED" || (pendingStates.includes(registration.state) && !decided));
    if (!open) throw new DomainError("ATTACHMENT_LOCKED");
  } else if (attachment.objection || attachment.indicatorReport) {
    throw new DomainError("ATTACHMENT_LOCKED", [], "已提交的材料不能删除");
  } else if (attachment.uploadedById !== actor.userId && actor.role !== "ADMIN") {
    throw new DomainError("FORBIDDEN");
  }
  const { registration: _registration, objection: _objection, indicatorReport: _report, ...row } = attachment;
  await context.prisma.$transaction(async (tx) => {
    const { count } = await tx.attachment.deleteMany({ where: { id } });
    if (count === 0) throw new DomainError("NOT_FOUND");
    await recordAuditEntry(tx, actor, {
      action: "ATTACHMENT_DELETE",
      entityType: "Attachment",
      entityId: id,
      activityId: registration?.activity.id ?? null,
      before: {
        kind: row.kind,
        fileName: row.fileName,
        size: row.size,
        sha256: row.sha256,
        registrationId: row.registrationId,
      },
    });
  });
  // A file whose row is gone is unreachable; if removing it fails it is only wasted space.
  await storage
    .remove(attachment.storageKey)
    .catch((error) => context.log.warn("attachment file not removed", { attachmentId: id, error: String(error) }));
  return row;
}
