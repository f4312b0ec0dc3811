import { useEffect } from "react";
import { type GetListParams, useGetList, useListContext } from "react-admin";

/**
 * Sets a list's activity filter to the newest activity found by `newestOf` (a resource read
 * newest-first, one row, and the field holding the activity's id) when none is chosen yet, so a
 * reviewer lands on the current activity's entries. `wait` holds it back (e.g. while the list is
 * still empty and should show what to do first).
 */
export function useNewestActivityFilter(
  newestOf: { resource: string; params: Partial<GetListParams>; activityIdField: string },
  wait = false,
): void {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const chosen = Boolean(filterValues?.activityId) || wait;
  const { data } = useGetList(
    newestOf.resource,
    { sort: { field: "id", order: "DESC" }, pagination: { page: 1, perPage: 1 }, ...newestOf.params },
    { enabled: !chosen },
  );
  const newest = data?.[0]?.[newestOf.activityIdField];
  useEffect(() => {
    if (!chosen && newest !== undefined) setFilters({ ...filterValues, activityId: newest }, displayedFilters);
  }, [chosen, newest, filterValues, setFilters, displayedFilters]);
}
