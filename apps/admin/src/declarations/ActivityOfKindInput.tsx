import { AutocompleteInput, ReferenceInput } from "react-admin";
import { useNewestActivityFilter } from "../activities/useNewestActivityFilter.ts";

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

/** Chooses the newest activity of the kind as the list's filter when none is chosen yet. */
export function useNewestActivityOfKind(kind: string): void {
  useNewestActivityFilter({
    resource: "Activity",
    params: { filter: { kind }, meta: { sparseFields: activityFields } },
    activityIdField: "id",
  });
}
