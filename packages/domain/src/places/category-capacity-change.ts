import type { Reason } from "../errors.ts";
import { type CategoryPlaces, type CategoryPlacesOptions, settleCategoryPlaces } from "./category-places.ts";
import type { RegistrationPlaceFacts } from "./registration.ts";

/**
 * The organizer changes a category's capacity. Raising it promotes waiting registrations in their
 * turn at once. Lowering it never un-confirms anyone: the people confirmed were told they have a
 * place and may have arranged leave and travel, so the category stays over-full until enough of
 * them withdraw; the notice tells the organizer exactly that before they save.
 */
export interface CategoryCapacityChange<R extends RegistrationPlaceFacts> {
  places: CategoryPlaces<R>;
  notices: Reason[];
}

export function changeCategoryCapacity<R extends RegistrationPlaceFacts>(
  registrations: readonly R[],
  newCapacity: number | null,
  options: CategoryPlacesOptions = {},
): CategoryCapacityChange<R> {
  const places = settleCategoryPlaces(registrations, newCapacity, options);
  const notices: Reason[] = [];
  if (places.overCapacity > 0) {
    notices.push({
      code: "CAPACITY_BELOW_CONFIRMED",
      message: `已确认 ${places.confirmedCount} 人，多于新名额 ${newCapacity} 人：已确认的不会被取消；此后有人撤销时不再递补，直到已确认人数少于名额`,
    });
  }
  const promoted = places.changes.filter((change) => change.before === "WAITLISTED" && change.after === "CONFIRMED");
  if (promoted.length > 0) {
    notices.push({
      code: "WAITING_LIST_PROMOTED",
      message: `候补中的 ${promoted.length} 人按报名先后递补为已确认`,
    });
  }
  return { places, notices };
}
