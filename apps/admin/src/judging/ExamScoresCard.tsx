import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from "@mui/material";
import { type KeyboardEvent, useRef, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { useLoaded } from "../dataProvider/useLoaded.ts";
import { ClosingCard } from "./ClosingCard.tsx";
import { checkExamRows, type ExamEntry, entryName, examRows, problemsByEntry } from "./examScores.ts";
import { fetchExamDesk, importExamScores, type JudgingRound } from "./judgingApi.ts";
import { refusalText } from "./judgingView.ts";

/** The API's row errors (`rows[i].score`) as graphqlErrors puts them in the refusal's body. */
function rowErrorsOf(error: unknown): { field: string; message: string }[] {
  const errors = (error as { body?: { errors?: Record<string, unknown> } }).body?.errors ?? {};
  return Object.entries(errors)
    .filter((entry): entry is [string, string] => entry[0].startsWith("rows[") && typeof entry[1] === "string")
    .map(([field, message]) => ({ field, message }));
}

/**
 * An exam round (考试成绩, e.g. the theory exam): one score per accepted entry, 0 to the round's
 * maximum, typed in the table (Enter goes to the next box) and imported together; importing again
 * replaces an entry's score. Then the round closes once every entry has its score.
 */
export const ExamScoresCard = ({ round, onRoundClosed }: { round: JudgingRound; onRoundClosed: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const { data, error, loading, reload } = useLoaded(
    () => fetchExamDesk(round.id, round.activityId),
    `exam-desk-${round.id}`,
  );
  const [values, setValues] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const inputs = useRef<(HTMLInputElement | null)[]>([]);

  const results = new Map((data?.results ?? []).map((result) => [result.registrationId, result.resultDisplay]));
  const entries: ExamEntry[] = (data?.registrations ?? []).map((registration) => ({
    registrationId: registration.id,
    name: entryName(registration),
    categoryName: registration.category.name,
    current: results.get(registration.id) ?? null,
  }));
  const rows = examRows(entries, values);

  const submit = async () => {
    const found = checkExamRows(entries, values, round.maxResult);
    setProblems(found);
    if (Object.keys(found).length > 0 || rows.length === 0) return;
    setBusy(true);
    try {
      await importExamScores(round.id, rows);
      notify(translate("resources.Judging.exam.done", { count: rows.length }), { type: "success" });
      setValues({});
      reload();
    } catch (refusal) {
      setProblems(problemsByEntry(rows, rowErrorsOf(refusal)));
      notify(refusalText(refusal), { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) void submit();
    else inputs.current[event.shiftKey ? Math.max(0, index - 1) : index + 1]?.focus();
  };

  return (
    <>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2">
            {translate("resources.Judging.exam.title")}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {translate("resources.Judging.exam.intro", { max: round.maxResult, enter: "Enter" })}
          </Typography>
          {loading ? <LinearProgress aria-hidden /> : null}
          {error ? <Alert severity="error">{error.message}</Alert> : null}
          {data && entries.length === 0 ? (
            <Alert severity="info">{translate("resources.Judging.exam.empty")}</Alert>
          ) : null}
          {entries.length > 0 ? (
            <TableContainer sx={{ maxWidth: "100%", overflowX: "auto" }}>
              <Table size="small" aria-label={translate("resources.Judging.exam.title")}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate("resources.Judging.exam.entry")}</TableCell>
                    <TableCell>{translate("resources.Judging.exam.category")}</TableCell>
                    <TableCell>{translate("resources.Judging.exam.current")}</TableCell>
                    {round.closed ? null : (
                      <TableCell sx={{ minWidth: 180 }}>{translate("resources.Judging.exam.score")}</TableCell>
                    )}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {entries.map((entry, index) => (
                    <TableRow key={entry.registrationId}>
                      <TableCell>{entry.name}</TableCell>
                      <TableCell>{entry.categoryName}</TableCell>
                      <TableCell>{entry.current ?? translate("resources.Judging.exam.none")}</TableCell>
                      {round.closed ? null : (
                        <TableCell>
                          <TextField
                            size="small"
                            fullWidth
                            disabled={busy || round.closed}
                            value={values[entry.registrationId] ?? ""}
                            error={Boolean(problems[entry.registrationId])}
                            helperText={problems[entry.registrationId]}
                            onChange={(event) => {
                              const value = event.target.value;
                              setValues((old) => ({ ...old, [entry.registrationId]: value }));
                            }}
                            onKeyDown={onKeyDown(index)}
                            inputRef={(element: HTMLInputElement | null) => {
                              inputs.current[index] = element;
                            }}
                            slotProps={{
                              htmlInput: {
                                inputMode: "decimal",
                                autoComplete: "off",
                                "aria-label": translate("resources.Judging.exam.scoreOf", { name: entry.name }),
                              },
                            }}
                          />
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          ) : null}
          {round.closed ? null : (
            <Box sx={{ display: "flex", alignItems: "center", gap: 2, mt: 2 }}>
              <Button variant="contained" disabled={busy || rows.length === 0} onClick={submit}>
                {translate("resources.Judging.exam.import", { count: rows.length })}
              </Button>
              {busy ? <LinearProgress sx={{ flex: 1 }} aria-hidden /> : null}
            </Box>
          )}
        </CardContent>
      </Card>
      {data ? (
        <ClosingCard
          roundId={round.id}
          blockers={data.blockers}
          closed={round.closed}
          readyText={translate("resources.Judging.exam.ready")}
          onClosed={() => {
            reload();
            onRoundClosed();
          }}
        />
      ) : null}
    </>
  );
};
