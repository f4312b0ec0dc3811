import { useEffect } from "react";
import { AutocompleteInput, ReferenceInput, useGetList, useListContext } from "react-admin";

const activityFields = ["id", "name", "year", "kind"];
const searchByText = (q: string) => ({ q });

/** A list filter choosing one activity of a kind (创新工作奖, 最美劳动者, 劳动竞赛), newest first. */
export const ActivityOfKindInput = ({
  kind,
  label,
}: {
  kind: string;
  label: string;
  source?: string;
  alwaysOn?: boolean;
}) => (
  <ReferenceInput
    source="activityId"
    reference="Activity"
    filter={{ kind }}
    sort={{ field: "id", order: "DESC" }}
    perPage={50}
    queryOptions={{ meta: { sparseFields: activityFields } }}
  >
    <AutocompleteInput
      optionText="name"
      filterToQuery={searchByText}
      label={label}
      helperText={false}
      sx={{ minWidth: 280 }}
    />
  </ReferenceInput>
);

/**
 * Chooses the newest activity of the kind as the list's filter when none is chosen yet, so a
 * reviewer lands on the current search's entries; until it is known, the prompt stays.
 */
export function useNewestActivityOfKind(kind: string): void {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const chosen = Boolean(filterValues?.activityId);
  const { data } = useGetList(
    "Activity",
    {
      filter: { kind },
      sort: { field: "id", order: "DESC" },
      pagination: { page: 1, perPage: 1 },
      meta: { sparseFields: activityFields },
    },
    { enabled: !chosen },
  );
  const newest = data?.[0]?.id;
  useEffect(() => {
    if (!chosen && newest !== undefined) setFilters({ ...filterValues, activityId: newest }, displayedFilters);
  }, [chosen, newest, filterValues, setFilters, displayedFilters]);
}
