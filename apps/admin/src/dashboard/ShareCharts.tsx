import { Box, Card, CardContent, CardHeader, Typography, useTheme } from "@mui/material";
import { useTranslate } from "react-admin";
import type { DashboardActivity, ParticipationFigures, YearDashboard } from "./dashboardApi.ts";
import { activitiesWithEntrants, shareText } from "./dashboardView.ts";

const t = (key: string) => `resources.Dashboard.${key}`;

/** A ring filled to the share, the percentage in its middle. */
const ShareRing = ({
  label,
  share,
  part,
  whole,
  color,
}: {
  label: string;
  share: number | null;
  part: number;
  whole: number;
  color: string;
}) => {
  const translate = useTranslate();
  const theme = useTheme();
  const radius = 42;
  const circumference = 2 * Math.PI * radius;
  const filled = ((share ?? 0) / 100) * circumference;
  const text =
    share === null ? translate(t("shares.noShare")) : translate(t("shares.share"), { share: shareText(share) });
  return (
    <Box sx={{ textAlign: "center", minWidth: 140 }} data-share-label={label} data-share={share ?? ""}>
      <svg viewBox="0 0 110 110" width={120} height={120} role="img" aria-label={`${label} ${text}`}>
        <circle cx={55} cy={55} r={radius} fill="none" stroke={theme.palette.action.hover} strokeWidth={14} />
        <circle
          cx={55}
          cy={55}
          r={radius}
          fill="none"
          stroke={color}
          strokeWidth={14}
          strokeDasharray={`${filled} ${circumference - filled}`}
          transform="rotate(-90 55 55)"
        />
        <text
          x={55}
          y={60}
          textAnchor="middle"
          fontSize={share === null ? 11 : 17}
          fontWeight="bold"
          fill={theme.palette.text.primary}
        >
          {text}
        </text>
      </svg>
      <Typography variant="body2" fontWeight="bold">
        {label}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate(t("shares.of"), { part, whole })}
      </Typography>
    </Box>
  );
};

/** One horizontal percentage bar (0–100%) with its number. */
const ShareBar = ({ label, share, color }: { label: string; share: number | null; color: string }) => {
  const theme = useTheme();
  const value = share ?? 0;
  return (
    <svg viewBox="0 0 300 16" width="100%" height={16} role="img" aria-label={`${label} ${shareText(value)}%`}>
      <rect x={0} y={3} width={240} height={10} rx={2} fill={theme.palette.action.hover} />
      <rect x={0} y={3} width={(240 * value) / 100} height={10} rx={2} fill={color} />
      <text x={248} y={13} fontSize={11} fill={theme.palette.text.primary}>
        {`${shareText(value)}%`}
      </text>
    </svg>
  );
};

const ActivityShares = ({ activity, colors }: { activity: DashboardActivity; colors: [string, string] }) => {
  const translate = useTranslate();
  const figures = activity.participation as ParticipationFigures;
  const young = translate(t("shares.young"));
  const nonPublic = translate(t("shares.nonPublic"));
  return (
    <Box
      sx={{ py: 0.75, borderTop: 1, borderColor: "divider" }}
      data-activity-code={activity.code}
      aria-label={translate(t("shares.chartLabel"), {
        name: activity.name,
        young: `${shareText(figures.youngShare ?? 0)}%`,
        nonPublic: `${shareText(figures.nonPublicShare ?? 0)}%`,
      })}
    >
      <Typography variant="body2" noWrap title={activity.name}>
        {activity.name}
        <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
          {translate(t("participation.entrants"), { count: figures.entrants })}
        </Typography>
      </Typography>
      <Box sx={{ display: "grid", gridTemplateColumns: "max-content 1fr", columnGap: 1, alignItems: "center" }}>
        <Typography variant="caption" color="text.secondary">
          {young}
        </Typography>
        <ShareBar label={young} share={figures.youngShare} color={colors[0]} />
        <Typography variant="caption" color="text.secondary">
          {nonPublic}
        </Typography>
        <ShareBar label={nonPublic} share={figures.nonPublicShare} color={colors[1]} />
      </Box>
    </Box>
  );
};

/** 青年职工和非公有制企业职工: their shares among the year's entrants, overall and per activity. */
export const ShareCharts = ({ dashboard }: { dashboard: YearDashboard }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const colors: [string, string] = [theme.palette.success.main, theme.palette.warning.main];
  const total = dashboard.total;
  const activities = activitiesWithEntrants(dashboard.departments.flatMap((department) => department.activities));
  return (
    <Card sx={{ height: "100%" }}>
      <CardHeader
        title={translate(t("shares.title"))}
        subheader={translate(t("shares.subtitle"))}
        slotProps={{ title: { component: "h2", variant: "h6" } }}
      />
      <CardContent sx={{ pt: 0 }}>
        <Typography variant="subtitle2" gutterBottom>
          {translate(t("shares.overall"), { count: total.entrants })}
        </Typography>
        <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", justifyContent: "space-around", mb: 2 }}>
          <ShareRing
            label={translate(t("shares.young"))}
            share={total.youngShare}
            part={total.youngEntrants}
            whole={total.entrants}
            color={colors[0]}
          />
          <ShareRing
            label={translate(t("shares.nonPublic"))}
            share={total.nonPublicShare}
            part={total.nonPublicEntrants}
            whole={total.entrants}
            color={colors[1]}
          />
        </Box>
        {activities.length > 0 ? (
          <>
            <Typography variant="subtitle2">{translate(t("shares.perActivity"))}</Typography>
            {activities.map((activity) => (
              <ActivityShares key={activity.id} activity={activity} colors={colors} />
            ))}
          </>
        ) : null}
      </CardContent>
    </Card>
  );
};
