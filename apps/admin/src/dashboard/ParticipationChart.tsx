import { Card, CardContent, CardHeader, Typography, useTheme } from "@mui/material";
import { useTranslate } from "react-admin";
import type { DashboardOrganization, YearDashboard } from "./dashboardApi.ts";
import { chartOrder, niceMaximum, shareText, ticksUpTo } from "./dashboardView.ts";

const t = (key: string) => `resources.Dashboard.${key}`;

// The drawing's own units; the SVG scales to the card's width.
const width = 640;
const labelWidth = 190;
const valueWidth = 70;
const rowHeight = 26;
const barHeight = 16;
const axisHeight = 22;

/**
 * 各地参与情况: entrants (人次) per child organization of the viewer's organization, each with its
 * whole subtree, as horizontal bars; every county appears, with or without entrants.
 */
export const ParticipationChart = ({ dashboard }: { dashboard: YearDashboard }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const rows = chartOrder(dashboard.organizations);
  const maximum = niceMaximum(rows.map((row) => row.participation.entrants));
  const plotWidth = width - labelWidth - valueWidth;
  const x = (value: number) => labelWidth + (plotWidth * value) / maximum;
  const height = axisHeight + rows.length * rowHeight + 4;
  const subtitleKey = {
    ALL: "participation.subtitleAll",
    DEPARTMENT: "participation.subtitleDepartment",
    SUBTREE: "participation.subtitleSubtree",
  }[dashboard.participationScope];
  const nameOf = (row: DashboardOrganization) =>
    row.direct ? translate(t("participation.direct"), { name: row.name }) : row.name;

  return (
    <Card sx={{ height: "100%" }}>
      <CardHeader
        title={translate(t("participation.title"))}
        subheader={translate(t(subtitleKey), { organization: dashboard.scopeOrganizationName })}
        slotProps={{ title: { component: "h2", variant: "h6" } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {dashboard.total.entrants === 0 ? (
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            {translate(t("participation.empty"))}
          </Typography>
        ) : null}
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width="100%"
          role="img"
          aria-label={translate(t("participation.chartLabel"))}
          data-testid="participation-chart"
          style={{ display: "block", fontFamily: theme.typography.fontFamily }}
        >
          {ticksUpTo(maximum).map((tick) => (
            <g key={tick}>
              <line
                x1={x(tick)}
                x2={x(tick)}
                y1={axisHeight - 4}
                y2={height}
                stroke={theme.palette.divider}
                strokeDasharray={tick === 0 ? undefined : "3 3"}
              />
              <text
                x={x(tick)}
                y={axisHeight - 8}
                fontSize={11}
                textAnchor="middle"
                fill={theme.palette.text.secondary}
              >
                {tick}
              </text>
            </g>
          ))}
          {rows.map((row, index) => {
            const y = axisHeight + index * rowHeight;
            const entrants = row.participation.entrants;
            const shares = row.participation;
            const label = translate(t("participation.barTitle"), {
              name: nameOf(row),
              count: entrants,
              young: shares.youngShare === null ? "—" : `${shareText(shares.youngShare)}%`,
              nonPublic: shares.nonPublicShare === null ? "—" : `${shareText(shares.nonPublicShare)}%`,
            });
            return (
              <g key={`${row.organizationId}-${row.direct}`} data-organization={row.name} data-entrants={entrants}>
                <title>{label}</title>
                <text
                  x={labelWidth - 8}
                  y={y + rowHeight / 2 + 4}
                  fontSize={13}
                  textAnchor="end"
                  fill={theme.palette.text.primary}
                >
                  {nameOf(row)}
                </text>
                <rect
                  x={labelWidth}
                  y={y + (rowHeight - barHeight) / 2}
                  width={Math.max(0, x(entrants) - labelWidth)}
                  height={barHeight}
                  rx={2}
                  fill={row.direct ? theme.palette.secondary.main : theme.palette.primary.main}
                />
                <text x={x(entrants) + 6} y={y + rowHeight / 2 + 4} fontSize={12} fill={theme.palette.text.primary}>
                  {entrants}
                </text>
              </g>
            );
          })}
        </svg>
      </CardContent>
    </Card>
  );
};
