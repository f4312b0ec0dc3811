import {
  Box,
  Card,
  CardContent,
  CardHeader,
  Chip,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { Link, useCreatePath, useLocale, useTranslate } from "react-admin";
import { formatCalendarDate } from "../fields/CalendarDateField.tsx";
import type { DashboardActivity, DashboardDepartment } from "./dashboardApi.ts";

const t = (key: string) => `resources.Dashboard.${key}`;

/** Where an activity stands against its dates: overdue in red, due soon in amber, else on track. */
const DeadlineText = ({ activity }: { activity: DashboardActivity }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const milestone = (name: string) => translate(t(`milestones.${name}`));
  if (activity.overdue) {
    return (
      <Typography variant="body2" color="error" fontWeight="bold" data-overdue-days={-activity.overdue.daysLeft}>
        {translate(t("progress.overdue"), {
          milestone: milestone(activity.overdue.milestone),
          days: -activity.overdue.daysLeft,
          date: formatCalendarDate(activity.overdue.dueOn, locale),
        })}
      </Typography>
    );
  }
  if (activity.dueSoon) {
    return (
      <Typography variant="body2" color="warning.dark">
        {activity.dueSoon.daysLeft === 0
          ? translate(t("progress.dueToday"), { milestone: milestone(activity.dueSoon.milestone) })
          : translate(t("progress.dueSoon"), {
              milestone: milestone(activity.dueSoon.milestone),
              days: activity.dueSoon.daysLeft,
              date: formatCalendarDate(activity.dueSoon.dueOn, locale),
            })}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" color="text.secondary">
      {translate(t(activity.state === "FINAL" ? "progress.done" : "progress.onTrack"))}
    </Typography>
  );
};

const ActivityRow = ({ activity }: { activity: DashboardActivity }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  const overdue = activity.overdue !== null;
  return (
    <TableRow
      data-activity-code={activity.code}
      data-overdue={overdue ? "true" : "false"}
      sx={overdue ? { bgcolor: (theme) => `${theme.palette.error.main}14` } : undefined}
    >
      <TableCell>
        <MuiLink component={Link} to={createPath({ resource: "Activity", id: activity.id, type: "show" })}>
          {activity.name}
        </MuiLink>
        <Typography variant="caption" display="block" color="text.secondary">
          {translate(`resources.Activity.kinds.${activity.kind}`)}
        </Typography>
      </TableCell>
      <TableCell>
        <Chip
          size="small"
          label={translate(`resources.Activity.states.${activity.state}`)}
          color={activity.state === "FINAL" ? "success" : activity.state === "DRAFT" ? "default" : "info"}
        />
      </TableCell>
      <TableCell>
        {activity.completedBy ? (
          <>
            <Typography variant="body2" color={overdue ? "error" : undefined}>
              {formatCalendarDate(activity.completedBy, locale)}
            </Typography>
            {activity.deadlinePhrase ? (
              <Typography variant="caption" color="text.secondary">
                {activity.deadlinePhrase}
              </Typography>
            ) : null}
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate(t("progress.undated"))}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <DeadlineText activity={activity} />
      </TableCell>
      <TableCell align="right">
        {activity.participation ? (
          activity.participation.entrants
        ) : (
          <span title={translate(t("progress.hiddenHint"))}>{translate(t("progress.hidden"))}</span>
        )}
      </TableCell>
    </TableRow>
  );
};

const DepartmentTable = ({ department }: { department: DashboardDepartment }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={department.name} sx={{ mb: 2 }}>
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, mb: 0.5 }}>
        <Typography variant="subtitle1" component="h3" fontWeight="bold">
          {department.name}
        </Typography>
        {department.overdueCount > 0 ? (
          <Chip
            size="small"
            color="error"
            label={translate(t("progress.overdueCount"), { count: department.overdueCount })}
          />
        ) : (
          <Chip size="small" variant="outlined" label={translate(t("progress.noOverdue"))} />
        )}
      </Box>
      {/* The table scrolls inside its box on a narrow screen; the page never does. */}
      <Box sx={{ overflowX: "auto" }}>
        {/* Fixed column widths, so that every department's table lines up with the others. */}
        <Table size="small" sx={{ tableLayout: "fixed", minWidth: 640 }}>
          <TableHead>
            <TableRow sx={{ "& th": { whiteSpace: "nowrap" } }}>
              <TableCell sx={{ width: "32%" }}>{translate(t("progress.activity"))}</TableCell>
              <TableCell sx={{ width: "12%" }}>{translate(t("progress.state"))}</TableCell>
              <TableCell sx={{ width: "17%" }}>{translate(t("progress.completedBy"))}</TableCell>
              <TableCell sx={{ width: "29%" }}>{translate(t("progress.deadline"))}</TableCell>
              <TableCell sx={{ width: "10%" }} align="right">
                {translate(t("progress.entrants"))}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {department.activities.map((activity) => (
              <ActivityRow key={activity.id} activity={activity} />
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
};

/** 各部门活动进度: the year's activities by owning department, what is overdue in red. */
export const DepartmentProgress = ({ year, departments }: { year: number; departments: DashboardDepartment[] }) => {
  const translate = useTranslate();
  return (
    <Card>
      <CardHeader
        title={translate(t("progress.title"))}
        subheader={translate(t("progress.subtitle"))}
        slotProps={{ title: { component: "h2", variant: "h6" } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {departments.length === 0 ? (
          <Typography color="text.secondary">{translate(t("progress.empty"), { year })}</Typography>
        ) : (
          departments.map((department) => <DepartmentTable key={department.id} department={department} />)
        )}
      </CardContent>
    </Card>
  );
};
