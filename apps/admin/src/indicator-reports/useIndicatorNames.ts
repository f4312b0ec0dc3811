import { useGetList } from "react-admin";
import { indicatorNames } from "./indicatorValues.ts";

const roundFields = ["id", { criteria: ["key", "name"] }];

/** The indicator names of an activity (its rounds' criteria), or none until an activity is known. */
export function useIndicatorNames(activityId: string | undefined): Map<string, string> {
  const { data } = useGetList<{ id: string; criteria: { key: string; name: string }[] }>(
    "Round",
    { filter: { activityId }, pagination: { page: 1, perPage: 20 }, meta: { sparseFields: roundFields } },
    { enabled: Boolean(activityId) },
  );
  return indicatorNames(data ?? []);
}
