import { useEffect } from "react";
import { useGetList, useListContext } from "react-admin";

/**
 * Opens the nominations list on the newest activity that shares places by quota (a model-worker
 * selection), so the list shows nominations rather than every unit entry; another activity can be
 * chosen in the filter. Renders nothing.
 */
export const NewestQuotaActivity = () => {
  const { filterValues, setFilters, displayedFilters, total } = useListContext();
  // With nothing listed yet the list shows what to do first (react-admin's empty page needs no filter).
  const chosen = Boolean(filterValues?.activityId) || !total;
  const { data } = useGetList(
    "Quota",
    {
      sort: { field: "id", order: "DESC" },
      pagination: { page: 1, perPage: 1 },
      meta: { sparseFields: ["id", "activityId"] },
    },
    { enabled: !chosen },
  );
  const newest = data?.[0]?.activityId;
  useEffect(() => {
    if (!chosen && newest !== undefined) setFilters({ ...filterValues, activityId: newest }, displayedFilters);
  }, [chosen, newest, filterValues, setFilters, displayedFilters]);
  return null;
};
