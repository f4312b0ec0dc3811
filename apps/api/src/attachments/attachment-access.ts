import type { Prisma } from "@jinzhou/db";
import { type ActivityConfiguration, type Actor, DomainError, isWithinSubtree } from "@jinzhou/domain";
import { activityPerformerOf } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";

/**
 * Who may see an attachment: whoever may see the record it belongs to. A registration's files go
 * to the organizers of the owning department, the unit admins above the registration's unit, the
 * workers it names, the judges assigned to it (not recused), and the uploader; an objection's evidence to the organizers and the admin; a
 * file not attached yet to its uploader. Candidates' photos in a public vote are public once the
 * vote can start. The admin sees everything. Anyone else is told the file does not exist.
 */
export const attachmentOwnerInclude = {
  registration: {
    select: {
      id: true,
      state: true,
      submission: true,
      organization: { select: { path: true } },
      members: { select: { workerId: true } },
      activity: { select: { id: true, state: true, configuration: true, department: { select: { code: true } } } },
    },
  },
  objection: { select: { activityId: true, activity: { select: { department: { select: { code: true } } } } } },
  indicatorReport: {
    select: {
      activityId: true,
      registration: { select: { organization: { select: { path: true } } } },
      activity: { select: { department: { select: { code: true } } } },
    },
  },
} satisfies Prisma.AttachmentInclude;

export type AttachmentWithOwner = Prisma.AttachmentGetPayload<{ include: typeof attachmentOwnerInclude }>;

/** Activity states in which a public vote's candidates are shown to the public. */
const publicCandidateStates = ["REGISTRATION_CLOSED", "JUDGING", "PUBLIC_NOTICE", "FINAL"];
const candidateStates = ["APPROVED", "CONFIRMED"];

export function isPublicCandidatePhoto(attachment: AttachmentWithOwner): boolean {
  const registration = attachment.registration;
  if (attachment.kind !== "PHOTO" || !registration) return false;
  const configuration = registration.activity.configuration as unknown as ActivityConfiguration;
  const publicVote = configuration.rounds?.some((round) => round.kind === "PUBLIC_VOTE") ?? false;
  return (
    publicVote &&
    publicCandidateStates.includes(registration.activity.state) &&
    candidateStates.includes(registration.state)
  );
}

export async function maySeeAttachment(context: Context, attachment: AttachmentWithOwner): Promise<boolean> {
  if (isPublicCandidatePhoto(attachment)) return true;
  const actor = context.actor;
  if (!actor) return false;
  if (actor.role === "ADMIN") return true;
  if (attachment.uploadedById !== null && attachment.uploadedById === actor.userId) return true;
  const departmentCode = actor.role === "ORGANIZER" ? (await activityPerformerOf(context)).departmentCode : null;
  const organizerOf = (code: string) => departmentCode !== null && departmentCode === code;
  if (attachment.registration) {
    const registration = attachment.registration;
    if (
      organizerOf(registration.activity.department.code) ||
      (actor.role === "UNIT_ADMIN" && isWithinSubtree(registration.organization.path, actor.scopePath)) ||
      (actor.role === "WORKER" && registration.members.some((member) => member.workerId === actor.workerId))
    ) {
      return true;
    }
    // A judge reads the files of the entries assigned to them (a project's documents), unless recused.
    if (actor.role !== "JUDGE") return false;
    const [assigned, recused] = await Promise.all([
      context.prisma.judgeAssignment.count({ where: { registrationId: registration.id, judgeUserId: actor.userId } }),
      context.prisma.judgeRecusal.count({ where: { registrationId: registration.id, judgeUserId: actor.userId } }),
    ]);
    return assigned > 0 && recused === 0;
  }
  if (attachment.objection) return organizerOf(attachment.objection.activity.department.code);
  if (attachment.indicatorReport) {
    const report = attachment.indicatorReport;
    return (
      organizerOf(report.activity.department.code) ||
      (actor.role === "UNIT_ADMIN" && isWithinSubtree(report.registration.organization.path, actor.scopePath))
    );
  }
  return false;
}

/** An attachment the requester may download, or NOT_FOUND (the same answer as for a missing one). */
export async function findVisibleAttachment(context: Context, id: number): Promise<AttachmentWithOwner> {
  const attachment = await context.prisma.attachment.findUnique({ where: { id }, include: attachmentOwnerInclude });
  if (!attachment || !(await maySeeAttachment(context, attachment))) throw new DomainError("NOT_FOUND");
  return attachment;
}

/** May the actor add files to (or remove files from) this registration: theirs, or their subtree's. */
export function mayActOnRegistration(
  actor: Actor,
  registration: { organization: { path: string }; members: { workerId: number }[] },
): boolean {
  switch (actor.role) {
    case "ADMIN":
      return true;
    case "UNIT_ADMIN":
      return isWithinSubtree(registration.organization.path, actor.scopePath);
    case "WORKER":
      return actor.workerId !== null && registration.members.some((member) => member.workerId === actor.workerId);
    default:
      return false;
  }
}
