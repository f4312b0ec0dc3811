import { describe, expect, it } from "vitest";
import {
  displayOrder,
  markRead,
  mergeNotifications,
  notificationLink,
  notificationTone,
  type PortalNotification,
} from "./notification-list.ts";

const notification = (id: string, createdAt: string, read: boolean, extra: Partial<PortalNotification> = {}) => ({
  id,
  kind: "OTHER",
  kindLabel: "其他通知",
  text: `通知 ${id}`,
  activityId: null,
  registrationId: null,
  createdAt,
  read,
  ...extra,
});

describe("the list of notifications", () => {
  const a = notification("1", "2026-11-20T02:00:00Z", true);
  const b = notification("2", "2026-11-21T02:00:00Z", false);
  const c = notification("3", "2026-11-22T02:00:00Z", true);
  const d = notification("4", "2026-11-19T02:00:00Z", false);

  it("shows unread first, newest first within each group", () => {
    const unread = new Set(["2", "4"]);
    expect(displayOrder([a, b, c, d], unread).map((n) => n.id)).toEqual(["2", "4", "3", "1"]);
  });

  it("keeps a message where it is once it is marked read on the page", () => {
    const unreadOnArrival = new Set(["2", "4"]);
    const afterTap = markRead([a, b, c, d], new Set(["2"]));
    expect(afterTap.find((n) => n.id === "2")?.read).toBe(true);
    expect(displayOrder(afterTap, unreadOnArrival).map((n) => n.id)).toEqual(["2", "4", "3", "1"]);
  });

  it("marks every message read at once", () => {
    expect(markRead([a, b, c, d], "all").every((n) => n.read)).toBe(true);
    expect(markRead([b], new Set(["9"]))[0]?.read).toBe(false);
  });

  it("adds a page without repeating a message that moved between pages", () => {
    const merged = mergeNotifications([a, b], [{ ...b, read: true }, c]);
    expect(merged.map((n) => n.id)).toEqual(["1", "2", "3"]);
    expect(merged.find((n) => n.id === "2")?.read).toBe(true);
  });

  it("orders messages of the same moment by id, newest id first", () => {
    const same = [notification("5", "2026-11-20T02:00:00Z", true), notification("6", "2026-11-20T02:00:00Z", true)];
    expect(displayOrder(same, new Set()).map((n) => n.id)).toEqual(["6", "5"]);
  });
});

describe("where a notification leads", () => {
  it("goes to the registration it is about", () => {
    expect(notificationLink({ kind: "REGISTRATION_RETURNED", activityId: "3", registrationId: "17" })).toEqual({
      to: "/me/registrations/17",
      kind: "registration",
    });
  });

  it("goes to the published results when results are announced", () => {
    expect(notificationLink({ kind: "RESULTS_PUBLISHED", activityId: "3", registrationId: "17" })).toEqual({
      to: "/results/3",
      kind: "results",
    });
  });

  it("goes to the activity when only that is named, and nowhere when nothing is", () => {
    expect(notificationLink({ kind: "OTHER", activityId: "3", registrationId: null })).toEqual({
      to: "/activities/3",
      kind: "activity",
    });
    expect(notificationLink({ kind: "OTHER", activityId: null, registrationId: null })).toBeNull();
  });

  it("colours good news, a return and a refusal differently", () => {
    expect(notificationTone("REGISTRATION_APPROVED")).toBe("good");
    expect(notificationTone("WAITLIST_PROMOTED")).toBe("good");
    expect(notificationTone("REGISTRATION_RETURNED")).toBe("warn");
    expect(notificationTone("REGISTRATION_REJECTED")).toBe("bad");
    expect(notificationTone("RESULTS_PUBLISHED")).toBe("neutral");
  });
});
