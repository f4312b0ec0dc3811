import EditNote from "@mui/icons-material/EditNote";
import Save from "@mui/icons-material/Save";
import { Box, Button, TableCell, TableRow, TextField, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { isStaleVersion, refusalText } from "./apiErrors.ts";
import { fromChinaInput, toChinaInput } from "./chinaTime.ts";
import { type Entrant, type MatchRow, scheduleMatch } from "./tournamentApi.ts";

export interface ScheduleRowProps {
  match: MatchRow;
  activityState: string;
  onSaved: () => void;
  onScore: () => void;
}

const Side = ({ entrant, winner, fallback }: { entrant: Entrant | null; winner: boolean; fallback: string }) => (
  <Box component="span" sx={{ fontWeight: winner ? 700 : 400, color: entrant ? undefined : "text.disabled" }}>
    {entrant?.name ?? fallback}
  </Box>
);

/** One match: court and start time (China time) saved with the version read; a refusal appears under the row. */
export const ScheduleRow = ({ match, activityState, onSaved, onScore }: ScheduleRowProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.TournamentDesk.schedule.${key}`, options);
  const [court, setCourt] = useState(match.court ?? "");
  const [time, setTime] = useState(toChinaInput(match.scheduledAt));
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const label = `${match.stageName} ${match.slot}`;
  const changed = court.trim() !== (match.court ?? "") || time !== toChinaInput(match.scheduledAt);
  const playable = !match.bye && match.entrantA !== null && match.entrantB !== null;
  const scoringOpen = activityState === "JUDGING";

  const save = async () => {
    const instant = fromChinaInput(time);
    if (court.trim() === "") return setRefusal(t("courtRequired"));
    if (!instant) return setRefusal(t("timeRequired"));
    setBusy(true);
    setRefusal(null);
    try {
      await scheduleMatch(match.id, court.trim(), instant, match.version);
      notify(t("saved", { slot: label }), { type: "success" });
      onSaved();
    } catch (error) {
      setRefusal(isStaleVersion(error) ? t("stale") : refusalText(error));
    } finally {
      setBusy(false);
    }
  };

  const winnerId = match.winner?.registrationId;
  return (
    <>
      <TableRow data-slot={match.slot} sx={refusal ? { "& > td": { borderBottom: 0 } } : undefined}>
        <TableCell sx={{ whiteSpace: "nowrap" }}>
          <Typography variant="body2">{match.stageName}</Typography>
          <Typography variant="caption" color="text.secondary">
            {match.slot}
          </Typography>
        </TableCell>
        <TableCell sx={{ minWidth: 160 }}>
          {match.bye ? (
            <>
              <Side entrant={match.entrantA ?? match.entrantB} winner fallback={t("tbd")} />
              <Typography variant="caption" color="text.secondary" component="div">
                {t("bye")}
              </Typography>
            </>
          ) : (
            <>
              <Side
                entrant={match.entrantA}
                winner={winnerId !== undefined && winnerId === match.entrantA?.registrationId}
                fallback={t("tbd")}
              />{" "}
              {t("versus")}{" "}
              <Side
                entrant={match.entrantB}
                winner={winnerId !== undefined && winnerId === match.entrantB?.registrationId}
                fallback={t("tbd")}
              />
            </>
          )}
        </TableCell>
        <TableCell sx={{ minWidth: 110 }}>
          <TextField
            size="small"
            value={court}
            disabled={match.bye}
            placeholder={t("courtPlaceholder")}
            onChange={(event) => setCourt(event.target.value)}
            slotProps={{ htmlInput: { "aria-label": `${t("court")} ${label}` } }}
          />
        </TableCell>
        <TableCell sx={{ minWidth: 200 }}>
          <TextField
            size="small"
            type="datetime-local"
            value={time}
            disabled={match.bye}
            onChange={(event) => setTime(event.target.value)}
            slotProps={{ htmlInput: { "aria-label": `${t("time")} ${label}`, step: 300 } }}
          />
        </TableCell>
        <TableCell sx={{ whiteSpace: "nowrap" }}>{match.scoreText ?? ""}</TableCell>
        <TableCell>
          <Box sx={{ display: "flex", gap: 1, flexWrap: "wrap" }}>
            <Button size="small" startIcon={<Save />} disabled={busy || match.bye || !changed} onClick={save}>
              {t("save")}
            </Button>
            <Button
              size="small"
              variant="outlined"
              startIcon={<EditNote />}
              disabled={!playable || !scoringOpen}
              title={scoringOpen ? undefined : translate("resources.TournamentDesk.score.notJudging")}
              onClick={onScore}
            >
              {match.games ? t("correctScore") : t("enterScore")}
            </Button>
          </Box>
        </TableCell>
      </TableRow>
      {refusal ? (
        <TableRow>
          <TableCell colSpan={6} sx={{ pt: 0 }}>
            <Typography variant="body2" color="error" role="alert">
              {refusal}
            </Typography>
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
};
