import type { Prisma } from "@jinzhou/db";
import type { RegistrationState } from "@jinzhou/domain";
import {
  type NewNotification,
  type NotificationKind,
  smsSignature,
  unitAdminsFor,
  writeNotifications,
} from "./notify.ts";

const placedStates: RegistrationState[] = ["APPROVED", "CONFIRMED", "WAITLISTED"];

/**
 * Tells the worker(s) a registration names, and the unit admins of its unit, about a review
 * decision: approved at the last level (报名成功 or 候补), returned with the reason, or rejected with
 * the reason. An approval that only passes the registration on to the next level says nothing yet.
 * Call it in the review's transaction once the registration's final state is known.
 */
export async function notifyReviewDecision(
  tx: Prisma.TransactionClient,
  facts: {
    registrationId: number;
    action: "APPROVE" | "RETURN" | "REJECT" | "RESUBMIT";
    state: RegistrationState;
    reason: string | null;
    actorUserId: number | null;
  },
): Promise<void> {
  const reason = facts.reason?.trim() || "未填写";
  if (facts.action === "APPROVE" && placedStates.includes(facts.state)) {
    const outcome =
      facts.state === "WAITLISTED"
        ? "已通过审核。该组别名额已满，现为候补，有空余名额时将按报名先后递补"
        : "已通过审核，报名成功";
    await notifyRegistration(tx, facts.registrationId, "REGISTRATION_APPROVED", outcome, facts.actorUserId);
  } else if (facts.action === "RETURN") {
    await notifyRegistration(
      tx,
      facts.registrationId,
      "REGISTRATION_RETURNED",
      `已被退回，退回原因：${reason}。请修改后重新提交`,
      facts.actorUserId,
    );
  } else if (facts.action === "REJECT") {
    await notifyRegistration(
      tx,
      facts.registrationId,
      "REGISTRATION_REJECTED",
      `未通过审核，原因：${reason}`,
      facts.actorUserId,
    );
  }
}

/** A registration moved up from the waiting list (候补递补) because a place was freed. */
export async function notifyWaitlistPromotion(
  tx: Prisma.TransactionClient,
  registrationId: number,
  actorUserId: number | null,
): Promise<void> {
  await notifyRegistration(tx, registrationId, "WAITLIST_PROMOTED", "已由候补递补，报名成功", actorUserId);
}

async function notifyRegistration(
  tx: Prisma.TransactionClient,
  registrationId: number,
  kind: NotificationKind,
  outcome: string,
  actorUserId: number | null,
): Promise<void> {
  const registration = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    select: {
      id: true,
      activityId: true,
      name: true,
      activity: { select: { name: true } },
      category: { select: { name: true } },
      organization: { select: { path: true } },
      members: {
        orderBy: [{ sortOrder: "asc" }, { id: "asc" }],
        select: { worker: { select: { id: true, name: true, user: { select: { id: true, active: true } } } } },
      },
    },
  });
  const what = `“${registration.activity.name}”（${registration.category.name}）`;
  const entrant = registration.name ?? registration.members.map((member) => member.worker.name).join("、");
  const common = { kind, activityId: registration.activityId, registrationId: registration.id };
  const notifications: NewNotification[] = registration.members.map(({ worker }) => ({
    ...common,
    recipientWorkerId: worker.id,
    recipientUserId: worker.user?.active ? worker.user.id : null,
    text: `${smsSignature}${worker.name}，您报名的${what}${outcome}。`,
  }));
  const admins = await unitAdminsFor(tx, registration.organization.path, actorUserId);
  for (const admin of admins) {
    notifications.push({
      ...common,
      recipientUserId: admin.id,
      recipientWorkerId: null,
      text: `${smsSignature}${entrant}报名的${what}${outcome}。`,
    });
  }
  await writeNotifications(tx, notifications);
}
