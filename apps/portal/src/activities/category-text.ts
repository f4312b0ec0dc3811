import type { PortalCategory } from "../api/portal-activity.ts";
import type { Translate } from "../i18n/i18n.tsx";
import { placesState } from "./entry-option.ts";
import { entryShapeOf, type MemberBounds, memberBoundsOf } from "./member-list.ts";

/** 3 人 / 2–4 人 / 至少 4 人. */
export function memberRangeText(t: Translate, bounds: MemberBounds): string {
  if (bounds.max === null) return t("activities.members.atLeast", { min: bounds.min });
  if (bounds.max === bounds.min) return t("activities.members.exact", { count: bounds.min });
  return t("activities.members.range", { min: bounds.min, max: bounds.max });
}

/** How one enters the category: 个人报名, 两人一组, 队伍报名（4–40 人）… */
export function entrantText(t: Translate, category: PortalCategory): string {
  const shape = entryShapeOf(category);
  if (shape === "team") return t("activities.entrant.team", { range: memberRangeText(t, memberBoundsOf(category)) });
  return t(`activities.entrant.${shape}`);
}

/** 剩余名额 3/16, 名额不限, 名额已满 · 候补 2 人. */
export function placesText(
  t: Translate,
  category: PortalCategory,
): { text: string; tone: "good" | "neutral" | "warn" } {
  const places = placesState(category);
  if (places.kind === "unlimited") return { text: t("activities.places.unlimited"), tone: "neutral" };
  if (places.kind === "left") {
    return {
      text: t("activities.places.left", { left: places.placesLeft, capacity: places.capacity }),
      tone: "good",
    };
  }
  return {
    text: `${t("activities.places.full")} · ${t("activities.places.waiting", { count: places.waitingCount })}`,
    tone: "warn",
  };
}
