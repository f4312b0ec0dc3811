import type { Prisma } from "@jinzhou/db";
import { type NewNotification, smsSignature, writeNotifications } from "./notify.ts";

/** Registrations that took part: everyone else is not an entrant any more. */
const entrantStates = ["APPROVED", "CONFIRMED"] as const;

/**
 * Tells every entrant of an activity that its results are published (结果公示 or 已发布): each worker
 * named by a live, placed registration, once per registration. Call it in the transaction that
 * publishes; the SMS go out after the commit.
 */
export async function notifyResultsPublished(tx: Prisma.TransactionClient, activityId: number): Promise<number> {
  const activity = await tx.activity.findUniqueOrThrow({
    where: { id: activityId },
    select: { name: true, state: true },
  });
  const stage = activity.state === "PUBLIC_NOTICE" ? "已进入结果公示，公示期内可查看并提出异议" : "已公布";
  const members = await tx.registrationMember.findMany({
    where: { registration: { activityId, state: { in: [...entrantStates] } } },
    select: {
      registrationId: true,
      worker: { select: { id: true, name: true, user: { select: { id: true, active: true } } } },
    },
    orderBy: { id: "asc" },
  });
  const notifications: NewNotification[] = members.map(({ registrationId, worker }) => ({
    kind: "RESULTS_PUBLISHED",
    activityId,
    registrationId,
    recipientWorkerId: worker.id,
    recipientUserId: worker.user?.active ? worker.user.id : null,
    text: `${smsSignature}${worker.name}，您参加的“${activity.name}”成绩${stage}，请登录平台查看。`,
  }));
  await writeNotifications(tx, notifications);
  return notifications.length;
}
