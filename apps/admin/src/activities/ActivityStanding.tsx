import { type ActivityState, chinaDateOf, isActivityState } from "@jinzhou/domain";
import { Alert, Box, Step, StepLabel, Stepper, Table, TableBody, TableCell, TableRow, Typography } from "@mui/material";
import { useLocale, useRecordContext, useTranslate } from "react-admin";
import { formatCalendarDate } from "../fields/CalendarDateField.tsx";
import { activityStanding, type StandingMilestone } from "./activity-standing.ts";

interface StandingRecord {
  id: string;
  name: string;
  state: string;
  registrationOpensOn: string | null;
  registrationClosesOn: string | null;
  judgingEndsOn: string | null;
  completedBy: string | null;
}

const overdueColor = "#c62828";

/**
 * 进展: the lifecycle as a row of states with the current one highlighted, then each dated step with
 * its date and whether it is done, due, later or overdue (in red, with the days overdue).
 */
export const ActivityStanding = () => {
  const record = useRecordContext<StandingRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record || !isActivityState(record.state)) return null;
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.Activity.standing.${key}`, options);
  const standing = activityStanding(
    {
      id: Number(record.id),
      name: record.name,
      state: record.state as ActivityState,
      schedule: {
        registrationOpensOn: record.registrationOpensOn ?? null,
        registrationClosesOn: record.registrationClosesOn ?? null,
        judgingEndsOn: record.judgingEndsOn ?? null,
        completedBy: record.completedBy ?? null,
      },
    },
    chinaDateOf(new Date()),
  );
  const current = standing.states.findIndex((state) => state.status === "CURRENT");
  const statusText = (milestone: StandingMilestone) => {
    switch (milestone.status) {
      case "OVERDUE":
        return t("overdue", { days: milestone.days });
      case "DUE":
        return milestone.days === 0 ? t("dueToday") : t("dueIn", { days: milestone.days });
      case "AHEAD":
        return t("ahead", { days: milestone.days });
      case "UNDATED":
        return t("undated");
      case "LATER":
        return t("later");
      default:
        return t("passed");
    }
  };
  return (
    <Box data-testid="standing" sx={{ mb: 2 }}>
      <Typography variant="h6">{t("title")}</Typography>
      <Box sx={{ overflowX: "auto", py: 1 }}>
        <Stepper activeStep={current === -1 ? standing.states.length : current} alternativeLabel sx={{ minWidth: 560 }}>
          {standing.states.map((state) => (
            <Step key={state.state} completed={state.status === "DONE"} data-status={state.status}>
              <StepLabel
                slotProps={{
                  label: { sx: state.status === "CURRENT" ? { fontWeight: 700, color: "primary.main" } : undefined },
                }}
              >
                {translate(`resources.Activity.states.${state.state}`)}
              </StepLabel>
            </Step>
          ))}
        </Stepper>
      </Box>
      {standing.overdue.length > 0 ? (
        <Alert severity="error" sx={{ my: 1 }} data-testid="overdue">
          {t("overdueSummary", { count: standing.overdue.length })}
          {standing.overdue
            .map((milestone) => `${t(`milestones.${milestone.milestone}`)} ${t("overdue", { days: milestone.days })}`)
            .join("；")}
        </Alert>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ my: 1 }}>
          {t("overdueNone")}
        </Typography>
      )}
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t("dates")}
      </Typography>
      <Box sx={{ overflowX: "auto" }}>
        <Table size="small" sx={{ maxWidth: 640 }}>
          <TableBody>
            {standing.milestones.map((milestone) => {
              const overdue = milestone.status === "OVERDUE";
              const style = overdue ? { color: overdueColor, fontWeight: 600 } : undefined;
              return (
                <TableRow key={milestone.milestone} data-milestone={milestone.milestone} data-status={milestone.status}>
                  <TableCell sx={style}>{t(`milestones.${milestone.milestone}`)}</TableCell>
                  <TableCell sx={style}>
                    {milestone.dueOn ? formatCalendarDate(milestone.dueOn, locale) : "—"}
                  </TableCell>
                  <TableCell sx={style}>{statusText(milestone)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
};
