import type { TournamentFormat } from "@jinzhou/domain";
import ArrowDownward from "@mui/icons-material/ArrowDownward";
import ArrowUpward from "@mui/icons-material/ArrowUpward";
import Close from "@mui/icons-material/Close";
import {
  Alert,
  Box,
  Button,
  Checkbox,
  Chip,
  FormControl,
  FormControlLabel,
  FormLabel,
  IconButton,
  List,
  ListItem,
  ListItemText,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { refusalText } from "./apiErrors.ts";
import { entryLabel, moveSeed, parseLotNumber } from "./lotsDisplay.ts";
import { type ConfirmedEntry, type DrawMode, drawTournament, type TournamentDraw } from "./tournamentApi.ts";

export interface DrawFormProps {
  roundId: string;
  categoryId: string;
  entries: ConfirmedEntry[];
  format: TournamentFormat;
  /** A redraw asks for a reason. */
  redraw: boolean;
  /** The current draw, whose mode, seeds and unit rule a redraw starts from. */
  initial: TournamentDraw | null;
  disabled: boolean;
  onDrawn: () => void;
  onCancel?: () => void;
}

/** The draw's parameters the API takes: mode, seeds in order, the lot number, same-unit separation. */
export const DrawForm = ({
  roundId,
  categoryId,
  entries,
  format,
  redraw,
  initial,
  disabled,
  onDrawn,
  onCancel,
}: DrawFormProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string, options?: Record<string, unknown>) =>
    translate(`resources.TournamentDesk.draw.${key}`, options);
  const [mode, setMode] = useState<DrawMode>(initial?.mode ?? "GROUPS_KNOCKOUT");
  const [seeds, setSeeds] = useState<string[]>(
    (initial?.seeds ?? []).flatMap((seed) => (seed.entrant ? [seed.entrant.registrationId] : [])),
  );
  const [lotText, setLotText] = useState("");
  const [separateUnits, setSeparateUnits] = useState(initial?.separateUnits ?? true);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const labelOf = new Map(entries.map((entry) => [entry.id, entryLabel(entry)]));
  const lot = parseLotNumber(lotText);
  const full = seeds.length >= format.seedCount;
  const canSubmit = !disabled && !busy && entries.length > 0 && lot.ok && (!redraw || reason.trim() !== "");

  const submit = async () => {
    if (!lot.ok) return;
    setBusy(true);
    setRefusal(null);
    try {
      await drawTournament({
        roundId,
        categoryId,
        mode,
        seedRegistrationIds: seeds,
        lotNumber: lot.value,
        separateUnits: mode === "GROUPS_KNOCKOUT" && separateUnits,
        reason: redraw ? reason.trim() : null,
      });
      notify(t("done"), { type: "success" });
      onDrawn();
    } catch (error) {
      setRefusal(refusalText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" sx={{ display: "flex", flexDirection: "column", gap: 2, mt: 1 }} aria-label={t("submit")}>
      <FormControl>
        <FormLabel id="draw-mode">{t("mode")}</FormLabel>
        <RadioGroup
          row
          aria-labelledby="draw-mode"
          value={mode}
          onChange={(event) => setMode(event.target.value as DrawMode)}
        >
          {(["GROUPS_KNOCKOUT", "KNOCKOUT"] as const).map((value) => (
            <FormControlLabel key={value} value={value} control={<Radio />} label={t(`modes.${value}`)} />
          ))}
        </RadioGroup>
      </FormControl>

      <Box>
        <Typography variant="subtitle2">
          {entries.length > 0 ? t("entrants", { count: entries.length }) : t("noEntrants")}
        </Typography>
        <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, mt: 1 }}>
          {entries
            .filter((entry) => !seeds.includes(entry.id))
            .map((entry) => (
              <Chip
                key={entry.id}
                label={labelOf.get(entry.id)}
                variant="outlined"
                disabled={full}
                onClick={() => setSeeds([...seeds, entry.id])}
                title={t("addSeed")}
              />
            ))}
        </Box>
      </Box>

      <Box>
        <Typography variant="subtitle2">{t("seeds", { max: format.seedCount })}</Typography>
        {seeds.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t("noSeeds")}
          </Typography>
        ) : (
          <List dense aria-label={t("seedsTitle")} sx={{ maxWidth: 520 }}>
            {seeds.map((id, index) => (
              <ListItem
                key={id}
                secondaryAction={
                  <>
                    <IconButton
                      aria-label={t("up")}
                      disabled={index === 0}
                      onClick={() => setSeeds(moveSeed(seeds, index, -1))}
                    >
                      <ArrowUpward fontSize="small" />
                    </IconButton>
                    <IconButton
                      aria-label={t("down")}
                      disabled={index === seeds.length - 1}
                      onClick={() => setSeeds(moveSeed(seeds, index, 1))}
                    >
                      <ArrowDownward fontSize="small" />
                    </IconButton>
                    <IconButton
                      aria-label={t("removeSeed")}
                      onClick={() => setSeeds(seeds.filter((seed) => seed !== id))}
                    >
                      <Close fontSize="small" />
                    </IconButton>
                  </>
                }
              >
                <ListItemText primary={labelOf.get(id) ?? id} secondary={t("seedNumber", { seed: index + 1 })} />
              </ListItem>
            ))}
          </List>
        )}
      </Box>

      <TextField
        label={t("lotNumber")}
        value={lotText}
        onChange={(event) => setLotText(event.target.value)}
        error={!lot.ok}
        helperText={lot.ok ? t("lotNumberHelp") : t("lotNumberInvalid")}
        slotProps={{ htmlInput: { inputMode: "numeric" } }}
        sx={{ maxWidth: 520 }}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={mode === "GROUPS_KNOCKOUT" && separateUnits}
            disabled={mode !== "GROUPS_KNOCKOUT"}
            onChange={(event) => setSeparateUnits(event.target.checked)}
          />
        }
        label={t("separateUnits")}
      />
      {redraw ? (
        <TextField
          label={t("reason")}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          multiline
          required
          helperText={t("redrawHint")}
        />
      ) : null}
      {refusal ? <Alert severity="error">{refusal}</Alert> : null}
      <Box sx={{ display: "flex", gap: 1 }}>
        <Button variant="contained" disabled={!canSubmit} onClick={submit}>
          {redraw ? t("redraw") : t("submit")}
        </Button>
        {onCancel ? <Button onClick={onCancel}>{t("cancel")}</Button> : null}
      </Box>
    </Box>
  );
};
