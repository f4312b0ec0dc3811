import type { Prisma } from "@jinzhou/db";
import { activityPerformerOf } from "../activities/activity-access.ts";
import type { Context } from "../context.ts";

/** Activities whose results the public may read: in notice (结果公示) or final (已发布). */
export const publishedStates = ["PUBLIC_NOTICE", "FINAL"] as const;

/**
 * Which activities' results, notices and objections a reader sees: everyone (signed in or not)
 * sees published ones; the admin sees all; an organizer also sees their department's activities
 * in any state (drafts and judging included).
 */
export async function resultActivityScope(context: Context): Promise<Prisma.ActivityWhereInput> {
  const published: Prisma.ActivityWhereInput = { state: { in: [...publishedStates] } };
  const actor = context.actor;
  if (actor?.role === "ADMIN") return {};
  if (actor?.role === "ORGANIZER") {
    const { departmentCode } = await activityPerformerOf(context);
    if (departmentCode !== null) return { OR: [published, { department: { code: departmentCode } }] };
  }
  return published;
}

/** Whether the signed-in user manages the activity (admin, or organizer of its department). */
export async function managesActivity(context: Context, departmentCode: string): Promise<boolean> {
  const actor = context.actor;
  if (actor?.role === "ADMIN") return true;
  if (actor?.role !== "ORGANIZER") return false;
  return (await activityPerformerOf(context)).departmentCode === departmentCode;
}

/** Activities the signed-in user manages: all for the admin, their department's for an organizer. */
export async function managedActivityScope(context: Context): Promise<Prisma.ActivityWhereInput> {
  const actor = context.actor;
  if (actor?.role === "ADMIN") return {};
  if (actor?.role === "ORGANIZER") {
    const { departmentCode } = await activityPerformerOf(context);
    if (departmentCode !== null) return { department: { code: departmentCode } };
  }
  return { id: -1 };
}
