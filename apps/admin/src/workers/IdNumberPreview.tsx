import { Box, TextField as MuiTextField, Typography } from "@mui/material";
import { useLocale, useTranslate } from "react-admin";
import { formatCalendarDate } from "../fields/CalendarDateField.tsx";
import { readIdNumber } from "./workerForm.ts";

/**
 * Gender, birth date and age as the ID number says them, read-only: they are never typed, so
 * they can never disagree with the ID number.
 */
export const IdNumberPreview = ({ idNumber }: { idNumber: string | null | undefined }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const reading = readIdNumber(idNumber);
  const shown = (value: string) => (reading ? value : "—");
  const field = (source: string, value: string) => (
    <MuiTextField
      label={translate(`resources.Worker.fields.${source}`)}
      value={shown(value)}
      slotProps={{ input: { readOnly: true }, htmlInput: { "aria-readonly": true, tabIndex: -1 } }}
      data-testid={`preview-${source}`}
    />
  );
  return (
    <Box sx={{ gridColumn: "1 / -1" }}>
      <Box sx={{ display: "grid", gridTemplateColumns: { xs: "1fr", sm: "1fr 2fr 1fr" }, columnGap: 2 }}>
        {field("gender", reading ? translate(`enums.gender.${reading.gender}`) : "")}
        {field("birthDate", reading ? formatCalendarDate(reading.birthDate, locale) : "")}
        {field("age", reading ? translate("resources.Worker.preview.age", { age: reading.age }) : "")}
      </Box>
      {reading ? null : (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mx: 1.75 }}>
          {translate("resources.Worker.preview.waiting")}
        </Typography>
      )}
    </Box>
  );
};
