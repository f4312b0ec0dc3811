import { Autocomplete, TextField } from "@mui/material";
import { useState } from "react";
import { useGetList, useTranslate } from "react-admin";
import { useGraphqlQuery } from "../dataProvider/useGraphqlQuery.ts";

export interface PickedUnit {
  id: string;
  name: string;
  pathName: string;
}

const meQuery = "{ me { organizationId } }";

/**
 * An organization of the user's own subtree (参赛单位, 班组所在单位) found by name or code; the
 * API refuses any other, so only these are offered.
 */
export const UnitPicker = ({
  value,
  onChange,
  label,
}: {
  value: PickedUnit | null;
  onChange: (unit: PickedUnit | null) => void;
  label: string;
}) => {
  const translate = useTranslate();
  const [input, setInput] = useState("");
  const me = useGraphqlQuery<{ me: { organizationId: string } }>(meQuery, {});
  const withinId = me.data?.me.organizationId;
  const { data, isPending } = useGetList<PickedUnit>(
    "Organization",
    {
      filter: { withinId, ...(input.trim() ? { q: input.trim() } : {}) },
      pagination: { page: 1, perPage: 30 },
      sort: { field: "path", order: "ASC" },
      meta: { sparseFields: ["id", "name", "pathName"] },
    },
    { enabled: Boolean(withinId) },
  );
  return (
    <Autocomplete<PickedUnit, false>
      options={data ?? []}
      value={value}
      loading={isPending}
      filterOptions={(all) => all}
      getOptionLabel={(unit) => unit.pathName}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      inputValue={input}
      onInputChange={(_event, text, reason) => {
        if (reason !== "reset") setInput(text);
      }}
      onChange={(_event, unit) => onChange(unit)}
      noOptionsText={translate("resources.Enrolment.unit.none")}
      loadingText={translate("ra.page.loading")}
      sx={{ maxWidth: 560, mt: 1 }}
      renderInput={(params) => (
        <TextField {...params} label={label} helperText={translate("resources.Enrolment.unit.help")} />
      )}
    />
  );
};
