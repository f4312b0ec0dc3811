import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  FormGroup,
  Typography,
} from "@mui/material";
import { useId, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { assignJudges, type JudgeCandidate } from "./judgingApi.ts";
import { refusalText } from "./judgingView.ts";

/**
 * Chooses by hand the judges of one entry from its category's panel. The API decides on conflicts
 * of interest (a judge from the entrant's own organization or above it), recusals and the number
 * of judges per entry; a refusal stays in the dialog with every reason, and nothing is written.
 */
export const AssignEntryDialog = ({
  roundId,
  entry,
  panel,
  current,
  judgesPerEntry,
  onClose,
}: {
  roundId: string;
  entry: { registrationId: string; name: string; categoryName: string };
  panel: JudgeCandidate[];
  current: string[];
  judgesPerEntry: number | null;
  onClose: (changed: boolean) => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const [chosen, setChosen] = useState<string[]>(current);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async () => {
    setBusy(true);
    try {
      await assignJudges(roundId, entry.registrationId, chosen);
      notify(translate("resources.Judging.manual.done", { entry: entry.name }), { type: "success" });
      onClose(true);
    } catch (error) {
      setRefusal(refusalText(error));
      setBusy(false);
    }
  };

  return (
    <Dialog open fullWidth maxWidth="sm" aria-labelledby={titleId} onClose={() => (busy ? undefined : onClose(false))}>
      <DialogTitle id={titleId}>{translate("resources.Judging.manual.title", { entry: entry.name })}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate("resources.Judging.manual.intro", { category: entry.categoryName })}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate("resources.Judging.manual.count", { count: chosen.length, required: judgesPerEntry ?? "—" })}
        </Typography>
        <FormGroup>
          {panel.map((judge) => (
            <FormControlLabel
              key={judge.id}
              disabled={busy}
              control={
                <Checkbox
                  size="small"
                  checked={chosen.includes(judge.id)}
                  onChange={(event) =>
                    setChosen((list) =>
                      event.target.checked ? [...list, judge.id] : list.filter((id) => id !== judge.id),
                    )
                  }
                />
              }
              label={`${judge.displayName} · ${translate("resources.Judging.panel.organization", { name: judge.organizationName })}`}
            />
          ))}
        </FormGroup>
        {refusal ? (
          <Alert severity="error" sx={{ mt: 1 }} role="alert">
            {refusal}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button disabled={busy} onClick={() => onClose(false)}>
          {translate("resources.Judging.dialog.cancel")}
        </Button>
        <Button variant="contained" disabled={busy} onClick={save}>
          {translate("resources.Judging.manual.save")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
