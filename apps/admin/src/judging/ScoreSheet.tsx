import LockIcon from "@mui/icons-material/Lock";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from "@mui/material";
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { ReasonDialog } from "../layout/ReasonDialog.tsx";
import {
  declareRecusal,
  type JudgingRound,
  type MyAssignment,
  submitJudgementMarks,
  submitScore,
} from "./judgingApi.ts";
import { refusalText } from "./judgingView.ts";
import { MarksOverview } from "./MarksOverview.tsx";
import {
  checkMarks,
  checkSheet,
  firstErrorKey,
  nextFocusIndex,
  type SheetValues,
  sheetMaximum,
  sheetScores,
  valuesFromMarks,
  valuesFromScores,
} from "./scoreSheet.ts";

/** The keys named in the keyboard hint (key caps, the same in every language). */
const keyNames = { tab: "Tab", shiftTab: "Shift+Tab", enter: "Enter", submit: "Ctrl+Enter" };

const focusRing = { "&.Mui-focusVisible, &:focus-visible": { outline: "3px solid", outlineOffset: 2 } };

/** The field errors of a refusal (criterion key → message), as graphqlErrors puts them in the body. */
function fieldErrorsOf(error: unknown): Record<string, string> {
  const errors = (error as { body?: { errors?: Record<string, unknown> } }).body?.errors ?? {};
  return Object.fromEntries(
    Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

/**
 * A judge's 评分表 for one entry, criterion by criterion with each maximum, usable with the
 * keyboard alone: Tab / Shift+Tab between boxes, Enter to the next box (Shift+Enter back),
 * Ctrl+Enter to submit. Checked with the domain's rule before sending; submitting asks for a
 * confirmation because it locks the sheet. A locked sheet is read-only. A 评价分 round (judgement
 * marks) takes whole marks 0–3; its sheets lock together once the judges agree, so a submitted
 * sheet stays open and shows every judge's marks.
 */
export const ScoreSheet = ({
  assignment,
  round,
  onChanged,
}: {
  assignment: MyAssignment;
  round: JudgingRound;
  onChanged: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const formId = useId();
  const confirmTitleId = useId();
  const criteria = round.criteria;
  const step = round.scoreStep ?? "0.1";
  const marksRule = round.judgementMarks;
  const marksSheet = assignment.judgementMarks;
  const locked = marksRule ? marksSheet?.locked === true : assignment.sheetState === "LOCKED";
  const recused = assignment.recusalReason !== null;
  const readOnly = locked || recused || round.closed;
  const [values, setValues] = useState<SheetValues>(() =>
    marksRule ? valuesFromMarks(marksSheet?.aspects) : valuesFromScores(assignment.score?.criterionScores),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [showFix, setShowFix] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [recusing, setRecusing] = useState(false);
  const [busy, setBusy] = useState(false);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const submitButton = useRef<HTMLButtonElement | null>(null);
  // One key per submission, kept for a retry of the same scores, renewed when they change.
  const idempotencyKey = useRef<string | null>(null);
  const maximum = sheetMaximum(criteria);
  const check = (all: SheetValues) => (marksRule ? checkMarks(criteria, all) : checkSheet(criteria, step, all));
  const current = check(values);

  const focusAt = (index: number) => {
    if (index >= criteria.length) submitButton.current?.focus();
    else inputs.current[index]?.focus();
  };

  const setValue = (key: string, value: string) => {
    idempotencyKey.current = null;
    setValues((old) => ({ ...old, [key]: value }));
    if (errors[key]) {
      setErrors((old) => {
        const next = { ...old };
        delete next[key];
        return next;
      });
    }
  };

  const checkOne = (key: string) => {
    const problem = (values[key] ?? "").trim() === "" ? null : (check(values).errors[key] ?? null);
    setErrors((old) => {
      const next = { ...old };
      if (problem) next[key] = problem;
      else delete next[key];
      return next;
    });
  };

  const trySubmit = () => {
    if (readOnly || busy) return;
    const checked = check(values);
    if (checked.total === null) {
      setErrors(checked.errors);
      setShowFix(true);
      const first = firstErrorKey(criteria, checked.errors);
      if (first) focusAt(criteria.findIndex((criterion) => criterion.key === first));
      return;
    }
    setShowFix(false);
    setConfirming(checked.total);
  };

  const send = async () => {
    setBusy(true);
    idempotencyKey.current ??= crypto.randomUUID();
    try {
      const scores = sheetScores(criteria, values);
      if (marksRule) {
        const marks = scores.map((score) => ({ aspectKey: score.criterionKey, mark: score.score }));
        await submitJudgementMarks(assignment.id, marks, idempotencyKey.current);
      } else {
        await submitScore(assignment.id, scores, idempotencyKey.current);
      }
      idempotencyKey.current = null;
      setConfirming(null);
      notify(translate(`resources.ScoringSheet.${marksRule ? "marks" : "sheet"}.submitted`), { type: "success" });
      onChanged();
    } catch (error) {
      setConfirming(null);
      const byField = fieldErrorsOf(error);
      if (Object.keys(byField).length > 0) setErrors(byField);
      notify(refusalText(error), { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  const onFormKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      trySubmit();
    }
  };

  const onInputKeyDown = (index: number, key: string) => (event: KeyboardEvent) => {
    if (event.key !== "Enter" || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    checkOne(key);
    focusAt(nextFocusIndex(index, criteria.length, event.shiftKey));
  };

  const stateChip = locked ? (
    <Chip color="success" icon={<LockIcon />} label={translate("resources.ScoringSheet.states.LOCKED")} />
  ) : (
    <Chip
      color={assignment.sheetState === "UNLOCKED" || marksSheet?.needsResolution ? "warning" : "default"}
      label={marksSheet?.stateLabel ?? translate(`resources.ScoringSheet.states.${assignment.sheetState}`)}
    />
  );
  const submitLabel = marksRule
    ? marksSheet?.state === "SUBMITTED"
      ? "resources.ScoringSheet.marks.resubmit"
      : "resources.ScoringSheet.marks.submit"
    : "resources.ScoringSheet.sheet.submit";

  return (
    <Card variant="outlined">
      <CardContent>
        <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: 1 }}>
          <Typography variant="h6" component="h2" id={`${formId}-title`}>
            {translate("resources.ScoringSheet.sheet.title", { name: assignment.entry.name })}
          </Typography>
          {stateChip}
        </Box>
        <Typography variant="body2" color="text.secondary">
          {translate("resources.ScoringSheet.category", { name: assignment.entry.categoryName })}
          {assignment.entry.memberNames.length > 0
            ? ` · ${translate("resources.ScoringSheet.members", { names: assignment.entry.memberNames.join("、") })}`
            : ""}
        </Typography>
        {locked ? (
          <Alert severity="success" icon={<LockIcon />} sx={{ my: 1 }} role="status">
            {translate("resources.ScoringSheet.sheet.locked")}
          </Alert>
        ) : null}
        {assignment.sheetState === "UNLOCKED" && !readOnly ? (
          <Alert severity="warning" sx={{ my: 1 }}>
            {translate("resources.ScoringSheet.sheet.unlocked")}
          </Alert>
        ) : null}
        {recused ? (
          <Alert severity="info" sx={{ my: 1 }}>
            {translate("resources.ScoringSheet.sheet.recusedText", { reason: assignment.recusalReason })}
          </Alert>
        ) : null}
        {round.closed ? (
          <Alert severity="info" sx={{ my: 1 }}>
            {translate("resources.ScoringSheet.sheet.closed")}
          </Alert>
        ) : null}
        {readOnly ? null : (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            {translate("resources.ScoringSheet.sheet.keys", keyNames)}
          </Typography>
        )}
        <Box
          component="form"
          noValidate
          aria-labelledby={`${formId}-title`}
          onKeyDown={onFormKeyDown}
          onSubmit={(event) => {
            event.preventDefault();
            trySubmit();
          }}
          sx={{ mt: 1 }}
        >
          {showFix && Object.keys(errors).length > 0 ? (
            <Alert severity="error" role="alert" sx={{ mb: 1 }}>
              {translate("resources.ScoringSheet.sheet.fix")}
            </Alert>
          ) : null}
          <Box sx={{ display: "grid", gap: 1.5, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}>
            {criteria.map((criterion, index) => (
              <TextField
                key={criterion.key}
                name={criterion.key}
                label={
                  marksRule
                    ? translate("resources.ScoringSheet.marks.criterion", { name: criterion.name })
                    : translate("resources.ScoringSheet.sheet.criterion", { name: criterion.name, max: criterion.max })
                }
                value={values[criterion.key] ?? ""}
                autoFocus={index === 0 && !readOnly}
                required
                error={Boolean(errors[criterion.key])}
                helperText={
                  errors[criterion.key] ??
                  (marksRule
                    ? translate("resources.ScoringSheet.marks.hint")
                    : translate("resources.ScoringSheet.sheet.hint", { max: criterion.max, step }))
                }
                onChange={(event) => setValue(criterion.key, event.target.value)}
                onBlur={() => checkOne(criterion.key)}
                onKeyDown={onInputKeyDown(index, criterion.key)}
                inputRef={(element: HTMLInputElement | null) => {
                  inputs.current[index] = element;
                }}
                slotProps={{
                  htmlInput: {
                    inputMode: marksRule ? "numeric" : "decimal",
                    autoComplete: "off",
                    readOnly,
                    "aria-readonly": readOnly || undefined,
                    enterKeyHint: index === criteria.length - 1 ? "done" : "next",
                  },
                }}
              />
            ))}
          </Box>
          <Typography variant="subtitle1" sx={{ mt: 2, fontVariantNumeric: "tabular-nums" }} aria-live="polite">
            {current.total !== null
              ? translate("resources.ScoringSheet.sheet.total", { total: current.total, max: maximum })
              : translate("resources.ScoringSheet.sheet.totalPending", { max: maximum })}
          </Typography>
          <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1, mt: 2 }}>
            {readOnly ? null : (
              <Button type="submit" variant="contained" ref={submitButton} disabled={busy} sx={focusRing}>
                {translate(submitLabel)}
              </Button>
            )}
            {recused || locked || round.closed || marksSheet?.state === "SUBMITTED" ? null : (
              <Button variant="outlined" color="warning" onClick={() => setRecusing(true)} sx={focusRing}>
                {translate("resources.ScoringSheet.recusal.button")}
              </Button>
            )}
          </Box>
        </Box>
        {marksRule && marksSheet ? <MarksOverview sheet={marksSheet} maxSpread={marksRule.maxSpread} /> : null}
      </CardContent>
      <Dialog
        open={confirming !== null}
        aria-labelledby={confirmTitleId}
        onClose={() => (busy ? undefined : setConfirming(null))}
      >
        <DialogTitle id={confirmTitleId}>
          {translate(marksRule ? "resources.ScoringSheet.marks.confirmTitle" : "resources.ScoringSheet.confirm.title")}
        </DialogTitle>
        <DialogContent>
          <Typography variant="body2">
            {marksRule
              ? translate("resources.ScoringSheet.marks.confirmText", {
                  name: assignment.entry.name,
                  total: confirming ?? "",
                  spread: marksRule.maxSpread,
                })
              : translate("resources.ScoringSheet.confirm.text", {
                  name: assignment.entry.name,
                  total: confirming ?? "",
                })}
          </Typography>
        </DialogContent>
        <DialogActions>
          <Button disabled={busy} onClick={() => setConfirming(null)} sx={focusRing}>
            {translate("resources.ScoringSheet.confirm.cancel")}
          </Button>
          <Button variant="contained" autoFocus disabled={busy} onClick={send} sx={focusRing}>
            {translate("resources.ScoringSheet.confirm.submit")}
          </Button>
        </DialogActions>
      </Dialog>
      {recusing ? (
        <ReasonDialog
          title={translate("resources.ScoringSheet.recusal.title")}
          text={translate("resources.ScoringSheet.recusal.text", { name: assignment.entry.name })}
          reasonLabel={translate("resources.ScoringSheet.recusal.reason")}
          reasonRequired={translate("resources.ScoringSheet.recusal.reasonRequired")}
          cancelLabel={translate("resources.ScoringSheet.recusal.cancel")}
          confirmLabel={translate("resources.ScoringSheet.recusal.confirm")}
          action={async (reason) => {
            await declareRecusal(assignment.entry.registrationId, reason);
            notify(translate("resources.ScoringSheet.recusal.done"), { type: "success" });
          }}
          onClose={(done) => {
            setRecusing(false);
            if (done) onChanged();
          }}
        />
      ) : null}
    </Card>
  );
};
