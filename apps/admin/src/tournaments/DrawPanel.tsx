import { defaultTournamentFormat, type TournamentFormat } from "@jinzhou/domain";
import Shuffle from "@mui/icons-material/Shuffle";
import { Alert, Box, Button, Dialog, DialogContent, DialogTitle, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { DrawForm } from "./DrawForm.tsx";
import { DrawResult } from "./DrawResult.tsx";
import { LotsRecord } from "./LotsRecord.tsx";
import type { ConfirmedEntry, TournamentDraw } from "./tournamentApi.ts";

const drawingStates = ["REGISTRATION_CLOSED", "JUDGING"];

export interface DrawPanelProps {
  roundId: string;
  categoryId: string;
  draw: TournamentDraw | null;
  entries: ConfirmedEntry[];
  activityState: string;
  format: TournamentFormat | null;
  onDrawn: () => void;
}

/** Before the draw: the form. After: the groups, the knockout lines, every lot, and a redraw. */
export const DrawPanel = ({ roundId, categoryId, draw, entries, activityState, format, onDrawn }: DrawPanelProps) => {
  const translate = useTranslate();
  const [redrawing, setRedrawing] = useState(false);
  const mayDraw = drawingStates.includes(activityState);
  const form = (redraw: boolean) => (
    <DrawForm
      roundId={roundId}
      categoryId={categoryId}
      entries={entries}
      format={format ?? defaultTournamentFormat}
      redraw={redraw}
      initial={draw}
      disabled={!mayDraw}
      onDrawn={() => {
        setRedrawing(false);
        onDrawn();
      }}
      onCancel={redraw ? () => setRedrawing(false) : undefined}
    />
  );

  if (!draw) {
    return (
      <Box>
        <Typography variant="h6">{translate("resources.TournamentDesk.draw.notYet")}</Typography>
        {mayDraw ? null : (
          <Alert severity="info" sx={{ my: 1 }}>
            {translate("resources.TournamentDesk.draw.stateHint")}
          </Alert>
        )}
        {form(false)}
      </Box>
    );
  }
  return (
    <Box>
      <DrawResult draw={draw} />
      <LotsRecord draw={draw} />
      <Box sx={{ mt: 2 }}>
        <Button
          variant="outlined"
          startIcon={<Shuffle />}
          disabled={!mayDraw}
          title={mayDraw ? undefined : translate("resources.TournamentDesk.draw.stateHint")}
          onClick={() => setRedrawing(true)}
        >
          {translate("resources.TournamentDesk.draw.redraw")}
        </Button>
        <Typography variant="caption" color="text.secondary" component="div">
          {translate(mayDraw ? "resources.TournamentDesk.draw.redrawHint" : "resources.TournamentDesk.draw.stateHint")}
        </Typography>
      </Box>
      <Dialog open={redrawing} onClose={() => setRedrawing(false)} fullWidth maxWidth="md">
        <DialogTitle>{translate("resources.TournamentDesk.draw.redraw")}</DialogTitle>
        <DialogContent>{redrawing ? form(true) : null}</DialogContent>
      </Dialog>
    </Box>
  );
};
