import { Autocomplete, TextField } from "@mui/material";
import { useGetList, useTranslate } from "react-admin";

export interface PickedActivity {
  id: string;
  name: string;
  kind: string;
  registrationClosesOn: string | null;
  configuration?: { quota?: unknown } | null;
}

const activityFields = ["id", "name", "kind", "registrationClosesOn"];

/**
 * The activities open for registration (报名中) the user may see, newest first; `kinds` narrows
 * them (e.g. only quota'd selections for nominations). Waits for the user's choice.
 */
export const OpenActivityPicker = ({
  value,
  onChange,
  label,
  kinds,
  withQuota,
  helperText,
}: {
  value: PickedActivity | null;
  onChange: (activity: PickedActivity | null) => void;
  label: string;
  kinds?: string[];
  /** Only activities whose entries are rationed by quota (名额): nominations. */
  withQuota?: boolean;
  helperText?: string;
}) => {
  const translate = useTranslate();
  const { data, isPending, refetch } = useGetList<PickedActivity>("Activity", {
    filter: { state: "REGISTRATION_OPEN" },
    pagination: { page: 1, perPage: 100 },
    sort: { field: "id", order: "DESC" },
    meta: { sparseFields: withQuota ? [...activityFields, "configuration"] : activityFields },
  });
  // Grouped by kind, so sorted by kind first (stable: newest first within a kind).
  const options = (data ?? [])
    .filter((activity) => !kinds || kinds.includes(activity.kind))
    .filter((activity) => !withQuota || Boolean(activity.configuration?.quota))
    .sort((a, b) => a.kind.localeCompare(b.kind));
  return (
    <Autocomplete<PickedActivity, false>
      options={options}
      value={value}
      loading={isPending}
      getOptionLabel={(activity) => activity.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      groupBy={(activity) => translate(`resources.Activity.kinds.${activity.kind}`)}
      onChange={(_event, activity) => onChange(activity)}
      // Activities open while the page is open: ask again each time the list opens.
      onOpen={() => {
        refetch();
      }}
      noOptionsText={translate(
        withQuota ? "resources.Nomination.desk.noActivity" : "resources.Enrolment.activity.none",
      )}
      loadingText={translate("ra.page.loading")}
      sx={{ maxWidth: 560 }}
      renderInput={(params) => <TextField {...params} label={label} helperText={helperText ?? " "} />}
    />
  );
};
