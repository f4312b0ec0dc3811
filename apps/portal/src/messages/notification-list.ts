// The signed-in worker's notifications (query myNotifications) as the messages page lists them.

export type NotificationKind =
  | "REGISTRATION_APPROVED"
  | "REGISTRATION_REJECTED"
  | "REGISTRATION_RETURNED"
  | "WAITLIST_PROMOTED"
  | "RESULTS_PUBLISHED"
  | "OTHER";

export interface PortalNotification {
  id: string;
  kind: NotificationKind | string;
  kindLabel: string;
  text: string;
  activityId: string | null;
  registrationId: string | null;
  createdAt: string;
  read: boolean;
}

export const notificationFields = "id kind kindLabel text activityId registrationId createdAt read";

/** The badge colour of each kind: good news green, a refusal red, a return (to fix and resubmit) amber. */
export function notificationTone(kind: string): "neutral" | "good" | "warn" | "bad" {
  switch (kind) {
    case "REGISTRATION_APPROVED":
    case "WAITLIST_PROMOTED":
      return "good";
    case "REGISTRATION_RETURNED":
      return "warn";
    case "REGISTRATION_REJECTED":
      return "bad";
    default:
      return "neutral";
  }
}

/** Adds a freshly loaded page to what is shown: one entry per id, the newer copy wins. */
export function mergeNotifications(shown: PortalNotification[], page: PortalNotification[]): PortalNotification[] {
  const byId = new Map(shown.map((notification) => [notification.id, notification]));
  for (const notification of page) byId.set(notification.id, notification);
  return [...byId.values()];
}

/**
 * Unread first, newest first within each group. What counts is whether it was unread when it
 * arrived on the page (`unreadOnArrival`), so a message tapped and marked read stays where it is
 * instead of jumping away under the worker's thumb.
 */
export function displayOrder(
  notifications: PortalNotification[],
  unreadOnArrival: ReadonlySet<string>,
): PortalNotification[] {
  const newestFirst = (a: PortalNotification, b: PortalNotification) =>
    Date.parse(b.createdAt) - Date.parse(a.createdAt) || Number(b.id) - Number(a.id);
  return [...notifications].sort(
    (a, b) => Number(unreadOnArrival.has(b.id)) - Number(unreadOnArrival.has(a.id)) || newestFirst(a, b),
  );
}

/** The notifications marked read: the given ids, or all of them. */
export function markRead(notifications: PortalNotification[], ids: ReadonlySet<string> | "all"): PortalNotification[] {
  return notifications.map((notification) =>
    !notification.read && (ids === "all" || ids.has(notification.id)) ? { ...notification, read: true } : notification,
  );
}

/**
 * Where a notification leads: the registration it is about (state, approvals, waiting position),
 * the published results of its activity, or the activity itself; null when it names neither.
 */
export function notificationLink(
  notification: Pick<PortalNotification, "kind" | "activityId" | "registrationId">,
): { to: string; kind: "registration" | "results" | "activity" } | null {
  if (notification.kind === "RESULTS_PUBLISHED" && notification.activityId) {
    return { to: `/results/${notification.activityId}`, kind: "results" };
  }
  if (notification.registrationId)
    return { to: `/me/registrations/${notification.registrationId}`, kind: "registration" };
  if (notification.activityId) return { to: `/activities/${notification.activityId}`, kind: "activity" };
  return null;
}
