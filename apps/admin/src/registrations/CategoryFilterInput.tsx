import { SelectInput, useGetOne, useListContext } from "react-admin";

const categoryFields = ["id", { categories: ["id", "name"] }];

/** The categories (组别) of the activity chosen in the filter; disabled until one is chosen. */
export const CategoryFilterInput = ({ source }: { source: string; alwaysOn?: boolean }) => {
  const { filterValues } = useListContext();
  const activityId = filterValues?.activityId as string | undefined;
  const { data } = useGetOne<{ id: string; categories: { id: string; name: string }[] }>(
    "Activity",
    { id: activityId ?? "", meta: { sparseFields: categoryFields } },
    { enabled: Boolean(activityId) },
  );
  return (
    <SelectInput
      source={source}
      label="resources.Registration.fields.categoryId"
      choices={activityId ? (data?.categories ?? []) : []}
      disabled={!activityId}
      helperText={false}
      sx={{ minWidth: 160 }}
    />
  );
};
