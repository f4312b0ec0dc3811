import FileDownload from "@mui/icons-material/FileDownload";
import { Button } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { downloadFile } from "../certificates/fileDownload.ts";

/** 导出成绩: the API's Excel workbook of the results, downloaded with the signed-in user's token. */
export const ExportResultsButton = ({ activityId, code }: { activityId: string; code: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const file = await downloadFile(`/files/activities/${activityId}/results.xlsx`, `${code}.xlsx`);
      notify(translate("resources.Result.export.done", { file }), { type: "info" });
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="outlined" startIcon={<FileDownload />} disabled={busy} onClick={run}>
      {translate("resources.Result.export.button")}
    </Button>
  );
};
