import {
  type ActivityConfiguration,
  DomainError,
  defaultPublicNoticeRule,
  type PublicNoticeObjectionFiling,
  validatePublicNoticeObjection,
  validationError,
} from "@jinzhou/domain";
import { attachUploadsToObjection } from "../attachments/attach-uploads.ts";
import { recordAuditEntry } from "../audit/record-audit-entry.ts";
import type { Context } from "../context.ts";
import { periodOfNotice } from "./notice-period.ts";

export interface FileObjectionInput extends PublicNoticeObjectionFiling {
  activityId: number;
  /** Evidence uploaded beforehand (EVIDENCE attachments), linked in the same transaction. */
  attachmentIds?: readonly number[];
}

/**
 * 提出异议: anyone, signed in or not, against an entry on the activity's current notice, with a
 * contact name and a phone or other contact (the domain's rules: content, contact, on time or
 * accepted late and flagged). The contact details never reach the audit log or a log line.
 */
export async function fileObjection(context: Context, input: FileObjectionInput) {
  const notice = await context.prisma.publicNotice.findUnique({
    where: { currentForActivityId: input.activityId },
    include: { activity: { select: { state: true, configuration: true } } },
  });
  if (notice?.activity.state !== "PUBLIC_NOTICE") {
    throw new DomainError("OBJECTION_REFUSED", [], "该活动当前没有正在公示的结果，不能提出异议");
  }
  const configuration = notice.activity.configuration as unknown as ActivityConfiguration;
  const onNotice = await context.prisma.result.findMany({
    where: { activityId: input.activityId },
    select: { registrationId: true },
    distinct: ["registrationId"],
  });
  const validated = validatePublicNoticeObjection(
    {
      entryId: input.entryId,
      content: input.content,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      otherContact: input.otherContact,
    },
    {
      period: periodOfNotice(notice),
      rule: configuration.publicNotice ?? defaultPublicNoticeRule,
      filedAt: new Date(),
      entryIdsOnNotice: onNotice.map((row) => row.registrationId),
    },
  );
  if (!validated.ok) throw validationError(validated.errors);
  const filed = validated.value;
  return context.prisma.$transaction(async (tx) => {
    const objection = await tx.objection.create({
      data: {
        publicNoticeId: notice.id,
        activityId: input.activityId,
        registrationId: filed.entryId,
        content: filed.content,
        contactName: filed.contactName,
        contactPhone: filed.contactPhone,
        otherContact: filed.otherContact,
        filedAt: filed.filedAt,
        filedOn: filed.filedOn,
        late: filed.late,
      },
    });
    await attachUploadsToObjection(tx, input.attachmentIds ?? [], objection.id, context.actor?.userId ?? null);
    // Who objected stays out of the log: only what the objection is about.
    await recordAuditEntry(tx, context.actor, {
      action: "OBJECTION_FILE",
      entityType: "Objection",
      entityId: objection.id,
      activityId: input.activityId,
      after: { registrationId: filed.entryId, filedOn: filed.filedOn, late: filed.late },
    });
    return objection;
  });
}
