import { useListContext } from "react-admin";
import { useNewestActivityFilter } from "../activities/useNewestActivityFilter.ts";

/**
 * Opens the nominations list on the newest activity that shares places by quota (a model-worker
 * selection), so the list shows nominations rather than every unit entry; another activity can be
 * chosen in the filter. Renders nothing.
 */
export const NewestQuotaActivity = () => {
  const { total } = useListContext();
  // With nothing listed yet the list shows what to do first (react-admin's empty page needs no filter).
  useNewestActivityFilter(
    { resource: "Quota", params: { meta: { sparseFields: ["id", "activityId"] } }, activityIdField: "activityId" },
    !total,
  );
  return null;
};
