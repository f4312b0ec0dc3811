import AttachFile from "@mui/icons-material/AttachFile";
import {
  Alert,
  Box,
  Button,
  Chip,
  Paper,
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
import { downloadFile } from "../certificates/fileDownload.ts";
import { requestGraphql } from "../dataProvider/graphqlFetch.ts";
import { formatCalendarDate } from "../fields/CalendarDateField.tsx";
import { useDeskRefresh, useGraphqlData } from "../results/useGraphqlData.ts";
import { awaitsReReview, completeReReviewMutation, type ObjectionRow, objectionsQuery } from "./objectionsApi.ts";
import { ResolveObjectionDialog } from "./ResolveObjectionDialog.tsx";

const statusColor = { OPEN: "warning", UPHELD: "error", DISMISSED: "default" } as const;

const Evidence = ({ objection }: { objection: ObjectionRow }) => {
  const notify = useNotify();
  if (objection.attachments.length === 0) return <>—</>;
  return (
    <Box sx={{ display: "flex", flexDirection: "column", alignItems: "flex-start" }}>
      {objection.attachments.map((file) => (
        <Button
          key={file.id}
          size="small"
          startIcon={<AttachFile />}
          sx={{ textTransform: "none" }}
          onClick={() =>
            downloadFile(file.downloadUrl, file.fileName).catch((failure: Error) =>
              notify(failure.message, { type: "error" }),
            )
          }
        >
          {file.fileName}
        </Button>
      ))}
    </Box>
  );
};

/** 异议及处理: every objection of the activity, its late flag and evidence, and its resolution. */
export const ObjectionsSection = ({ activityId, state }: { activityId: string; state: string }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const { changed } = useDeskRefresh();
  const [resolving, setResolving] = useState<ObjectionRow | null>(null);
  const [busy, setBusy] = useState(false);
  const { data, error } = useGraphqlData<{ allObjections: ObjectionRow[] }>(objectionsQuery, { activityId });
  const objections = data?.allObjections ?? [];
  const mayResolve = state === "PUBLIC_NOTICE" || state === "JUDGING";

  const completeReReview = async (objection: ObjectionRow) => {
    setBusy(true);
    try {
      await requestGraphql(completeReReviewMutation, { id: objection.id, version: objection.version });
      notify(translate("resources.Objection.reReviewCompleted"), { type: "success" });
      changed();
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: "error" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="objections-title">
      <Typography id="objections-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate("resources.Objection.title")}
      </Typography>
      {error ? <Alert severity="error">{error.message}</Alert> : null}
      {data && objections.length === 0 ? (
        <Typography color="text.secondary">
          {translate(
            state === "PUBLIC_NOTICE" || state === "FINAL"
              ? "resources.Objection.empty"
              : "resources.Objection.emptyBeforeNotice",
          )}
        </Typography>
      ) : null}
      {objections.length > 0 ? (
        <TableContainer component={Paper} variant="outlined" sx={{ maxWidth: "100%", overflowX: "auto" }}>
          <Table size="small" aria-label={translate("resources.Objection.title")} sx={{ minWidth: 960 }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ whiteSpace: "nowrap" }}>{translate("resources.Objection.fields.id")}</TableCell>
                <TableCell sx={{ whiteSpace: "nowrap" }}>
                  {translate("resources.Objection.fields.entrantName")}
                </TableCell>
                <TableCell>{translate("resources.Objection.fields.content")}</TableCell>
                <TableCell>{translate("resources.Objection.fields.contact")}</TableCell>
                <TableCell>{translate("resources.Objection.fields.filedOn")}</TableCell>
                <TableCell>{translate("resources.Objection.fields.evidence")}</TableCell>
                <TableCell>{translate("resources.Objection.fields.status")}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {objections.map((objection) => (
                <TableRow key={objection.id} data-objection={objection.id}>
                  <TableCell>{objection.id}</TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>{objection.entrantName}</TableCell>
                  <TableCell sx={{ minWidth: 180 }}>{objection.content}</TableCell>
                  <TableCell>
                    <div>{objection.contactName}</div>
                    {objection.contactPhone ? <div>{objection.contactPhone}</div> : null}
                    {objection.otherContact ? <div>{objection.otherContact}</div> : null}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>
                    <div>{formatCalendarDate(objection.filedOn, locale)}</div>
                    {objection.late ? (
                      <Chip size="small" color="warning" label={translate("resources.Objection.late")} />
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <Evidence objection={objection} />
                  </TableCell>
                  <TableCell sx={{ minWidth: 160 }}>
                    <Chip
                      size="small"
                      color={statusColor[objection.status]}
                      label={translate(`resources.Objection.statuses.${objection.status}`)}
                    />
                    {objection.upheldAction ? (
                      <div>{translate(`resources.Objection.actions.${objection.upheldAction}`)}</div>
                    ) : null}
                    {objection.resolution ? (
                      <Typography variant="body2" color="text.secondary">
                        {objection.resolution}
                      </Typography>
                    ) : null}
                    {objection.upheldAction === "RE_REVIEW" ? (
                      <Typography variant="caption" color={objection.reReviewCompletedAt ? "success" : "error"}>
                        {translate(
                          objection.reReviewCompletedAt
                            ? "resources.Objection.reReviewDone"
                            : "resources.Objection.reReviewPending",
                        )}
                      </Typography>
                    ) : null}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: "nowrap" }}>
                    {objection.status === "OPEN" && mayResolve ? (
                      <Button size="small" variant="contained" onClick={() => setResolving(objection)}>
                        {translate("resources.Objection.resolve")}
                      </Button>
                    ) : null}
                    {awaitsReReview(objection) ? (
                      <Button
                        size="small"
                        variant="outlined"
                        disabled={busy}
                        title={translate("resources.Objection.completeReReviewHint")}
                        onClick={() => completeReReview(objection)}
                      >
                        {translate("resources.Objection.completeReReview")}
                      </Button>
                    ) : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      ) : null}
      {resolving ? (
        <ResolveObjectionDialog
          objection={resolving}
          onClose={() => setResolving(null)}
          onResolved={() => {
            setResolving(null);
            changed();
          }}
        />
      ) : null}
    </Box>
  );
};
