import Download from "@mui/icons-material/Download";
import UploadFile from "@mui/icons-material/UploadFile";
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  LinearProgress,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from "@mui/material";
import { type ChangeEvent, useRef, useState } from "react";
import { Link, Title, useBasename, useNotify, useTranslate } from "react-admin";
import { downloadTemplate } from "./downloadTemplate.ts";
import { ErrorTable } from "./ErrorTable.tsx";
import { type ImportAnswer, isRosterFileName, rowsWithErrors } from "./importReport.ts";
import { type UploadProgress, uploadRoster } from "./uploadRoster.ts";
import { WorkerPreviewTable } from "./WorkerPreviewTable.tsx";

type Phase = "idle" | "checking" | "checked" | "importing" | "imported";

const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * 名册导入: download the template, choose an .xlsx or .csv roster, check it first (a dry run that
 * writes nothing and reports every bad row by its number), then import it for real — all rows or
 * none. The upload shows its progress, then the stage while the API checks the rows.
 */
export const RosterImportPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const basename = useBasename();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [checked, setChecked] = useState<ImportAnswer | null>(null);
  const [imported, setImported] = useState<ImportAnswer | null>(null);
  const [downloading, setDownloading] = useState(false);
  const text = (message: string) => translate(message, { _: message });

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    event.target.value = "";
    if (chosen && !isRosterFileName(chosen.name)) {
      notify("resources.RosterImport.errors.type", { type: "error" });
      return;
    }
    setFile(chosen);
    setPhase("idle");
    setChecked(null);
    setImported(null);
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setPhase(dryRun ? "checking" : "importing");
    const answer = await uploadRoster(file, dryRun, setProgress);
    setProgress(null);
    if (dryRun) {
      setChecked(answer);
      setPhase("checked");
      return;
    }
    setImported(answer);
    if (answer.kind === "report" && answer.report.ok) {
      setPhase("imported");
      notify("resources.RosterImport.done", { type: "success", messageArgs: { count: answer.report.created } });
    } else {
      // Someone changed the roster since the check (e.g. the same ID number): show why, check again.
      setChecked(answer);
      setPhase("checked");
    }
  };

  const template = async () => {
    setDownloading(true);
    try {
      await downloadTemplate();
    } catch (error) {
      notify(text(error instanceof Error ? error.message : String(error)), { type: "error" });
    } finally {
      setDownloading(false);
    }
  };

  const busy = phase === "checking" || phase === "importing";
  const checkedReport = checked?.kind === "report" ? checked.report : null;
  const readyToImport = phase === "checked" && checkedReport?.ok === true;
  const importedReport = phase === "imported" && imported?.kind === "report" ? imported.report : null;
  const activeStep = importedReport ? 3 : readyToImport ? 2 : file ? 1 : 0;

  return (
    <Box sx={{ maxWidth: 960, mt: 1 }}>
      <Title title={translate("resources.RosterImport.title")} />
      <Card>
        <CardContent>
          <Stepper activeStep={activeStep} alternativeLabel sx={{ mb: 2 }}>
            {["template", "choose", "check", "import"].map((step) => (
              <Step key={step}>
                <StepLabel>{translate(`resources.RosterImport.steps.${step}`)}</StepLabel>
              </Step>
            ))}
          </Stepper>
          <Typography variant="body2" color="text.secondary">
            {translate("resources.RosterImport.intro")}
          </Typography>
          <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", alignItems: "center", mt: 2 }}>
            <Button variant="outlined" startIcon={<Download />} disabled={downloading} onClick={template}>
              {translate("resources.RosterImport.template")}
            </Button>
            <Button
              variant="outlined"
              startIcon={<UploadFile />}
              disabled={busy}
              onClick={() => input.current?.click()}
            >
              {translate(file ? "resources.RosterImport.chooseAgain" : "resources.RosterImport.choose")}
            </Button>
            <input
              ref={input}
              type="file"
              hidden
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              aria-label={translate("resources.RosterImport.fileInput")}
              onChange={choose}
            />
            {file ? (
              <Typography variant="body2" data-testid="roster-file">
                {translate("resources.RosterImport.file", { name: file.name, size: formatSize(file.size) })}
              </Typography>
            ) : null}
          </Box>
          <Box sx={{ display: "flex", gap: 2, flexWrap: "wrap", mt: 2 }}>
            <Button variant="contained" disabled={!file || busy} onClick={() => run(true)}>
              {translate("resources.RosterImport.check")}
            </Button>
            <Button variant="contained" color="success" disabled={!readyToImport || busy} onClick={() => run(false)}>
              {readyToImport
                ? translate("resources.RosterImport.import", { count: checkedReport?.rowCount ?? 0 })
                : translate("resources.RosterImport.importAfterCheck")}
            </Button>
          </Box>
          {progress ? (
            <Box role="status" sx={{ mt: 2 }}>
              {progress.stage === "uploading" && progress.total ? (
                <LinearProgress
                  variant="determinate"
                  value={Math.round((100 * (progress.loaded ?? 0)) / progress.total)}
                />
              ) : (
                <LinearProgress />
              )}
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {progress.stage === "uploading"
                  ? translate("resources.RosterImport.uploading", {
                      loaded: formatSize(progress.loaded ?? 0),
                      total: formatSize(progress.total ?? file?.size ?? 0),
                    })
                  : translate(
                      phase === "checking" ? "resources.RosterImport.checking" : "resources.RosterImport.importing",
                    )}
              </Typography>
            </Box>
          ) : null}
        </CardContent>
      </Card>

      {phase === "checked" && checked?.kind === "refused" ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {text(checked.message)}
        </Alert>
      ) : null}
      {phase === "checked" && checkedReport && !checkedReport.ok ? (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <Alert severity="error">
              {translate("resources.RosterImport.errorsFound", {
                rows: checkedReport.rowCount,
                bad: rowsWithErrors(checkedReport.errors),
                count: checkedReport.errors.length,
              })}
              {checkedReport.message ? ` ${checkedReport.message}` : ""}
            </Alert>
            <ErrorTable errors={checkedReport.errors} />
          </CardContent>
        </Card>
      ) : null}
      {readyToImport && checkedReport ? (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <Alert severity="success">
              {translate("resources.RosterImport.allValid", { count: checkedReport.rowCount })}
            </Alert>
            <WorkerPreviewTable
              workers={checkedReport.workers}
              label={translate("resources.RosterImport.workerTable.checked")}
            />
          </CardContent>
        </Card>
      ) : null}
      {importedReport ? (
        <Card sx={{ mt: 2 }}>
          <CardContent>
            <Alert severity="success">
              {translate("resources.RosterImport.imported", { count: importedReport.created })}{" "}
              <Link to={`${basename}/Worker`}>{translate("resources.RosterImport.toWorkers")}</Link>
            </Alert>
            <WorkerPreviewTable
              workers={importedReport.workers}
              label={translate("resources.RosterImport.workerTable.imported")}
            />
          </CardContent>
        </Card>
      ) : null}
    </Box>
  );
};
