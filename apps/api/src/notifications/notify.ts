import type { Prisma } from "@jinzhou/db";
import { idsOnPath, redactPersonalNumbers } from "@jinzhou/domain";

export type NotificationKind =
  | "REGISTRATION_APPROVED"
  | "REGISTRATION_RETURNED"
  | "REGISTRATION_REJECTED"
  | "WAITLIST_PROMOTED"
  | "RESULTS_PUBLISHED"
  | "OTHER";

export const notificationKindLabels: Record<NotificationKind, string> = {
  REGISTRATION_APPROVED: "报名审核通过",
  REGISTRATION_RETURNED: "报名被退回",
  REGISTRATION_REJECTED: "报名未通过",
  WAITLIST_PROMOTED: "候补递补成功",
  RESULTS_PUBLISHED: "成绩公布",
  OTHER: "其他通知",
};

/**
 * Bumped whenever this process writes notifications, so that the SMS dispatcher looks for work
 * after a request only when there may be some (other instances' notifications are found by its
 * periodic round).
 */
export const notificationsWritten = { generation: 0 };

/** The signature every SMS from the federation starts with. */
export const smsSignature = "【锦州市总工会】";

export interface NewNotification {
  recipientUserId: number | null;
  recipientWorkerId: number | null;
  kind: NotificationKind;
  text: string;
  activityId: number | null;
  registrationId: number | null;
}

/**
 * Writes notifications in the caller's transaction, so that they exist exactly when the change
 * that causes them does; the SMS dispatcher sends them after the commit. Texts never carry ID or
 * phone numbers: anything that looks like one (in a reviewer's reason, say) is masked.
 */
export async function writeNotifications(tx: Prisma.TransactionClient, notifications: NewNotification[]) {
  if (notifications.length === 0) return;
  notificationsWritten.generation++;
  await tx.notification.createMany({
    data: notifications.map((notification) => ({ ...notification, text: redactPersonalNumbers(notification.text) })),
  });
}

/**
 * The unit admins to tell about a registration of the unit at `unitPath`: the active unit admins of
 * the nearest organization on the way up (the unit itself, else its county or industry union …)
 * that has any, except the person who made the change.
 */
export async function unitAdminsFor(
  tx: Prisma.TransactionClient,
  unitPath: string,
  exceptUserId: number | null,
): Promise<{ id: number; workerId: number | null }[]> {
  const admins = await tx.user.findMany({
    where: { role: "UNIT_ADMIN", active: true, organizationId: { in: idsOnPath(unitPath) } },
    select: { id: true, workerId: true, organization: { select: { path: true } } },
  });
  const nearest = Math.max(-1, ...admins.map((admin) => admin.organization.path.length));
  return admins
    .filter((admin) => admin.organization.path.length === nearest && admin.id !== exceptUserId)
    .map(({ id, workerId }) => ({ id, workerId }));
}
