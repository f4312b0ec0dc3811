import { chinaDateOf } from "@jinzhou/domain";
import Refresh from "@mui/icons-material/Refresh";
import { Alert, Box, IconButton, LinearProgress, MenuItem, TextField, Tooltip, Typography } from "@mui/material";
import { useLocale, useStore, useTranslate } from "react-admin";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { formatCalendarDate } from "../fields/CalendarDateField.tsx";
import { DepartmentProgress } from "./DepartmentProgress.tsx";
import { fetchDashboard } from "./dashboardApi.ts";
import { yearChoices } from "./dashboardView.ts";
import { ParticipationChart } from "./ParticipationChart.tsx";
import { ShareCharts } from "./ShareCharts.tsx";

const t = (key: string) => `resources.Dashboard.${key}`;

/**
 * What the admin, organizers and unit admins look at: the chosen year's activities by department
 * (overdue in red), participation per county as bars, and the shares of young and non-public
 * workers. The year is remembered between visits.
 */
export const LeaderDashboard = () => {
  const translate = useTranslate();
  const locale = useLocale();
  const today = chinaDateOf(new Date());
  const [year, setYear] = useStore<number>("dashboard.year", Number(today.slice(0, 4)));
  const { data, error, loading, reload } = useLoaded(() => fetchDashboard(year), String(year));
  const shown = data?.year === year ? data : undefined;

  return (
    <Box sx={{ display: "flex", flexDirection: "column", gap: 2 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 2, flexWrap: "wrap" }}>
        <TextField
          select
          size="small"
          label={translate(t("year"))}
          value={year}
          onChange={(event) => setYear(Number(event.target.value))}
          sx={{ width: 160, flex: "none" }}
          slotProps={{ select: { inputProps: { "aria-label": translate(t("year")) } } }}
        >
          {yearChoices(today, year).map((choice) => (
            <MenuItem key={choice} value={choice}>
              {choice}
            </MenuItem>
          ))}
        </TextField>
        <Typography color="text.secondary">
          {translate(t("today"), { date: formatCalendarDate(shown?.today ?? today, locale) })}
        </Typography>
        <Tooltip title={translate(t("reload"))}>
          <IconButton onClick={reload} aria-label={translate(t("reload"))}>
            <Refresh />
          </IconButton>
        </Tooltip>
      </Box>
      {loading ? <LinearProgress /> : null}
      {error ? <Alert severity="error">{translate(t("loadFailed"), { message: error.message })}</Alert> : null}
      {shown ? (
        <>
          <DepartmentProgress year={shown.year} departments={shown.departments} />
          <Box
            sx={{
              display: "grid",
              gap: 2,
              gridTemplateColumns: { xs: "minmax(0, 1fr)", lg: "minmax(0, 3fr) minmax(0, 2fr)" },
            }}
          >
            <ParticipationChart dashboard={shown} />
            <ShareCharts dashboard={shown} />
          </Box>
        </>
      ) : null}
    </Box>
  );
};
