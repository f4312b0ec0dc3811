import { Chip, Stack } from "@mui/material";
import { useRecordContext } from "react-admin";
import { type IndicatorValue, indicatorLabel } from "./indicatorValues.ts";

/** A report's values as compact chips (安全生产 98.5), for the list. */
export const IndicatorValuesField = ({
  names,
}: {
  names: ReadonlyMap<string, string>;
  label?: string;
  source?: string;
  sortable?: boolean;
}) => {
  const record = useRecordContext<{ values: IndicatorValue[] }>();
  if (!record) return null;
  return (
    <Stack direction="row" sx={{ flexWrap: "wrap", gap: 0.5, maxWidth: 420 }}>
      {record.values.map((entry) => (
        <Chip
          key={entry.key}
          size="small"
          variant="outlined"
          label={`${indicatorLabel(entry.key, names)} ${entry.value}`}
        />
      ))}
    </Stack>
  );
};
