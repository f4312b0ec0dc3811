import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import { type ObjectionRow, resolveMutation } from "./objectionsApi.ts";

type Outcome = "UPHELD" | "DISMISSED";
type Action = "RE_REVIEW" | "WITHDRAW";

/** 处理异议: upheld (re-review or withdraw the entry's result) or dismissed, always with the finding or reason. */
export const ResolveObjectionDialog = ({
  objection,
  onClose,
  onResolved,
}: {
  objection: ObjectionRow;
  onClose: () => void;
  onResolved: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [outcome, setOutcome] = useState<Outcome>("DISMISSED");
  const [action, setAction] = useState<Action>("RE_REVIEW");
  const [text, setText] = useState("");
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const missing = text.trim() === "";

  const save = async () => {
    setTried(true);
    if (missing) return;
    setBusy(true);
    try {
      const answer = await requestGraphql<{ resolveObjection: { status: string } }>(resolveMutation, {
        id: objection.id,
        version: objection.version,
        outcome,
        action: outcome === "UPHELD" ? action : null,
        text: text.trim(),
      });
      notify(
        translate("resources.Objection.resolved", {
          status: translate(`resources.Objection.statuses.${answer.resolveObjection.status}`),
        }),
        { type: "success" },
      );
      onResolved();
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{`${translate("resources.Objection.dialog.title")}：${objection.entrantName}`}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {objection.content}
        </Typography>
        <FormControl sx={{ mb: 1 }}>
          <FormLabel id="objection-outcome">{translate("resources.Objection.dialog.outcome")}</FormLabel>
          <RadioGroup
            row
            aria-labelledby="objection-outcome"
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as Outcome)}
          >
            {(["DISMISSED", "UPHELD"] as const).map((value) => (
              <FormControlLabel
                key={value}
                value={value}
                control={<Radio />}
                label={translate(`resources.Objection.statuses.${value}`)}
              />
            ))}
          </RadioGroup>
        </FormControl>
        {outcome === "UPHELD" ? (
          <FormControl sx={{ mb: 1, display: "block" }}>
            <FormLabel id="objection-action">{translate("resources.Objection.dialog.action")}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="objection-action"
              value={action}
              onChange={(event) => setAction(event.target.value as Action)}
            >
              {(["RE_REVIEW", "WITHDRAW"] as const).map((value) => (
                <FormControlLabel
                  key={value}
                  value={value}
                  control={<Radio />}
                  label={translate(`resources.Objection.actions.${value}`)}
                />
              ))}
            </RadioGroup>
          </FormControl>
        ) : null}
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          label={translate(
            outcome === "UPHELD" ? "resources.Objection.dialog.textUpheld" : "resources.Objection.dialog.textDismissed",
          )}
          value={text}
          error={tried && missing}
          helperText={tried && missing ? translate("resources.Objection.dialog.required") : " "}
          onChange={(event) => setText(event.target.value)}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate("resources.Objection.dialog.cancel")}</Button>
        <Button variant="contained" disabled={busy} onClick={save}>
          {translate("resources.Objection.dialog.confirm")}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
