import Download from "@mui/icons-material/Download";
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Paper,
  Step,
  StepLabel,
  Stepper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from "@mui/material";
import { useState } from "react";
import { useLocale, useNotify, useTranslate } from "react-admin";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import { formatCalendarDate } from "../fields/CalendarDateField.tsx";
import { useDeskRefresh, useGraphqlData } from "../results/useGraphqlData.ts";
import {
  awardText,
  type CertificateRow,
  certificatesQuery,
  type DownloadAllStep,
  downloadAllSteps,
  issueMutation,
} from "./certificatesApi.ts";
import { type DownloadProgress, downloadFile, percentOf } from "./fileDownload.ts";

const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1);

/** Progress of "download all": the step list, then bytes received against Content-Length. */
const DownloadAllProgress = ({ step, progress }: { step: DownloadAllStep; progress: DownloadProgress | null }) => {
  const translate = useTranslate();
  const percent = progress ? percentOf(progress) : null;
  return (
    <Box sx={{ my: 2 }} data-testid="download-all-progress">
      <Stepper activeStep={downloadAllSteps.indexOf(step)} alternativeLabel>
        {downloadAllSteps.map((name) => (
          <Step key={name}>
            <StepLabel>{translate(`resources.Certificate.steps.${name}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>
      <LinearProgress
        sx={{ mt: 1 }}
        variant={percent === null ? "indeterminate" : "determinate"}
        value={percent ?? undefined}
      />
      {progress ? (
        <Typography variant="caption" color="text.secondary">
          {progress.total === null
            ? translate("resources.Certificate.progressUnknown", { received: kilobytes(progress.received) })
            : translate("resources.Certificate.progress", {
                received: kilobytes(progress.received),
                total: kilobytes(progress.total),
                percent: percent ?? 0,
              })}
        </Typography>
      ) : null}
    </Box>
  );
};

/** 证书: issue (after the results are final), list with numbers, download one or all as PDF. */
export const CertificatesSection = ({ activityId, state }: { activityId: string; state: string }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const { changed } = useDeskRefresh();
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<DownloadAllStep | null>(null);
  const [progress, setProgress] = useState<DownloadProgress | null>(null);
  const final = state === "FINAL";
  const { data, error } = useGraphqlData<{ allCertificates: CertificateRow[] }>(
    certificatesQuery,
    { activityId },
    !final,
  );
  const certificates = data?.allCertificates ?? [];

  const fail = (failure: unknown) =>
    notify(failure instanceof Error ? failure.message : String(failure), { type: "error" });

  const issue = async () => {
    setBusy(true);
    try {
      const answer = await requestGraphql<{ issueCertificates: CertificateRow[] }>(issueMutation, { activityId });
      notify(translate("resources.Certificate.issued", { count: answer.issueCertificates.length }), {
        type: "success",
      });
      changed();
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(false);
    }
  };

  const downloadOne = async (certificate: CertificateRow) => {
    try {
      const file = await downloadFile(certificate.downloadPath, `${certificate.number}.pdf`);
      notify(translate("resources.Certificate.saved", { file }), { type: "info" });
    } catch (failure) {
      fail(failure);
    }
  };

  const downloadAll = async () => {
    setBusy(true);
    setProgress(null);
    try {
      setStep("issuing");
      await requestGraphql(issueMutation, { activityId });
      setStep("generating");
      const file = await downloadFile(`/files/activities/${activityId}/certificates.pdf`, "certificates.pdf", (now) => {
        setStep("downloading");
        setProgress(now);
      });
      notify(translate("resources.Certificate.saved", { file }), { type: "info" });
      changed();
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(false);
      setStep(null);
    }
  };

  return (
    <Box component="section" aria-labelledby="certificates-title">
      <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 2, mb: 1 }}>
        <Typography id="certificates-title" variant="h6" component="h2">
          {translate("resources.Certificate.title")}
        </Typography>
        {final ? (
          <>
            <Button variant="contained" disabled={busy} onClick={issue}>
              {translate("resources.Certificate.issue")}
            </Button>
            {certificates.length > 0 ? (
              <Button variant="outlined" startIcon={<Download />} disabled={busy} onClick={downloadAll}>
                {translate("resources.Certificate.downloadAll")}
              </Button>
            ) : null}
          </>
        ) : null}
      </Box>
      {step ? <DownloadAllProgress step={step} progress={progress} /> : null}
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {!final ? <Typography color="text.secondary">{translate("resources.Certificate.notFinal")}</Typography> : null}
      {final && data && certificates.length === 0 ? (
        <Typography color="text.secondary">{translate("resources.Certificate.empty")}</Typography>
      ) : null}
      {certificates.length > 0 ? (
        <TableContainer component={Paper} variant="outlined" sx={{ maxWidth: "100%", overflowX: "auto" }}>
          <Table size="small" aria-label={translate("resources.Certificate.title")} sx={{ minWidth: 900 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate("resources.Certificate.fields.number")}</TableCell>
                <TableCell>{translate("resources.Certificate.fields.kind")}</TableCell>
                <TableCell>{translate("resources.Certificate.fields.recipientName")}</TableCell>
                <TableCell>{translate("resources.Certificate.fields.organizationName")}</TableCell>
                <TableCell>{translate("resources.Certificate.fields.award")}</TableCell>
                <TableCell>{translate("resources.Certificate.fields.issuedOn")}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {certificates.map((certificate) => (
                <TableRow key={certificate.id} data-certificate={certificate.number}>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>{certificate.number}</TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>
                    {translate(`resources.Certificate.kinds.${certificate.kind}`)}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>{certificate.recipientName}</TableCell>
                  <TableCell sx={{ minWidth: 160 }}>{certificate.organizationName}</TableCell>
                  <TableCell>{awardText(certificate)}</TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>
                    {formatCalendarDate(certificate.issuedOn, locale)}
                  </TableCell>
                  <TableCell>
                    <Button
                      size="small"
                      startIcon={<Download />}
                      aria-label={`${translate("resources.Certificate.download")} ${certificate.number}`}
                      onClick={() => downloadOne(certificate)}
                    >
                      {translate("resources.Certificate.download")}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
    </Box>
  );
};
