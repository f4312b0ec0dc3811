import type { TournamentFormat } from "@jinzhou/domain";
import {
  Box,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { ScheduleRow } from "./ScheduleRow.tsx";
import { ScoreDialog } from "./ScoreDialog.tsx";
import { slotOrder } from "./scheduleOrder.ts";
import type { MatchRow } from "./tournamentApi.ts";

type StageFilter = "ALL" | "GROUP" | "KNOCKOUT";

export interface ScheduleTableProps {
  matches: MatchRow[];
  activityState: string;
  format: TournamentFormat | null;
  onChanged: () => void;
}

/** Every match of the event: court and time edited per row, refusals under the row, and score entry. */
export const ScheduleTable = ({ matches, activityState, format, onChanged }: ScheduleTableProps) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.TournamentDesk.schedule.${key}`);
  const [stage, setStage] = useState<StageFilter>("ALL");
  const [scoring, setScoring] = useState<MatchRow | null>(null);
  if (matches.length === 0) return <Typography color="text.secondary">{t("empty")}</Typography>;
  const shown = [...matches].filter((match) => stage === "ALL" || match.stage === stage).sort(slotOrder);

  return (
    <Box sx={{ minWidth: 0 }}>
      <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 2, mb: 1 }}>
        <Typography variant="h6" sx={{ flexGrow: 1 }}>
          {t("title")}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={stage}
          onChange={(_, value: StageFilter | null) => value && setStage(value)}
        >
          <ToggleButton value="ALL">{t("filterAll")}</ToggleButton>
          <ToggleButton value="GROUP">{t("filterGroup")}</ToggleButton>
          <ToggleButton value="KNOCKOUT">{t("filterKnockout")}</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t("slotMinutes")}
        {activityState === "JUDGING" ? null : ` ${translate("resources.TournamentDesk.score.notJudging")}`}
      </Typography>
      <TableContainer sx={{ width: 0, minWidth: "100%", overflowX: "auto" }}>
        <Table size="small" aria-label={t("title")}>
          <TableHead sx={{ "& th": { whiteSpace: "nowrap" } }}>
            <TableRow>
              <TableCell>{t("slot")}</TableCell>
              <TableCell>{t("sides")}</TableCell>
              <TableCell>{t("court")}</TableCell>
              <TableCell>{t("time")}</TableCell>
              <TableCell>{t("score")}</TableCell>
              <TableCell>{t("actions")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((match) => (
              <ScheduleRow
                key={`${match.id}-${match.version}`}
                match={match}
                activityState={activityState}
                onSaved={onChanged}
                onScore={() => setScoring(match)}
              />
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {scoring ? (
        <ScoreDialog
          match={scoring}
          format={format}
          onClose={() => setScoring(null)}
          onSaved={() => {
            setScoring(null);
            onChanged();
          }}
          onReload={() => {
            setScoring(null);
            onChanged();
          }}
        />
      ) : null}
    </Box>
  );
};
