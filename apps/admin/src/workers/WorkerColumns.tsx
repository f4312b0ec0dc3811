import { Box, Typography } from "@mui/material";
import { type FieldProps, useRecordContext, useTranslate } from "react-admin";

interface WorkerRecord {
  name: string;
  gender: string;
  age: number;
  organizationPathName: string;
}

/** The name, with gender and age underneath, so the roster fits a 1280-pixel screen. */
export const WorkerNameCell = (_props: FieldProps) => {
  const record = useRecordContext<WorkerRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ whiteSpace: "nowrap" }}>
      <Typography component="div" variant="body2" sx={{ fontWeight: 500 }}>
        {record.name}
      </Typography>
      <Typography component="div" variant="caption" color="text.secondary">
        {translate(`enums.gender.${record.gender}`)} · {translate("resources.Worker.values.age", { age: record.age })}
      </Typography>
    </Box>
  );
};

/** The worker's own union, with the organizations above it (without the city federation) underneath. */
export const WorkerUnionCell = (_props: FieldProps) => {
  const record = useRecordContext<WorkerRecord>();
  if (!record) return null;
  const segments = record.organizationPathName.split(" / ");
  const union = segments.at(-1) ?? record.organizationPathName;
  const above = segments.slice(1, -1).join(" / ");
  return (
    <Box title={record.organizationPathName} sx={{ minWidth: 140 }}>
      <Typography component="div" variant="body2">
        {union}
      </Typography>
      {above ? (
        <Typography component="div" variant="caption" color="text.secondary">
          {above}
        </Typography>
      ) : null}
    </Box>
  );
};
