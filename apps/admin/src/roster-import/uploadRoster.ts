import { readToken } from "../authProvider/session.ts";
import { type ImportAnswer, readImportAnswer } from "./importReport.ts";

export type UploadStage = "uploading" | "processing";

export interface UploadProgress {
  stage: UploadStage;
  /** Bytes sent and to send while uploading; null when the browser cannot tell. */
  loaded: number | null;
  total: number | null;
}

const importUrl = "/files/workers/import";

/**
 * Sends the roster (multipart field `file`) with the bearer token, as a dry run or for real, over
 * XMLHttpRequest so that the upload's progress can be shown; then waits while the API checks every
 * row ("processing"). Network failures answer with a refusal in Chinese, never throw.
 */
export function uploadRoster(
  file: File,
  dryRun: boolean,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportAnswer> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", dryRun ? `${importUrl}?dryRun=true` : importUrl);
    const token = readToken();
    if (token) request.setRequestHeader("Authorization", `Bearer ${token}`);
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (event) => {
      onProgress({
        stage: "uploading",
        loaded: event.loaded,
        total: event.lengthComputable ? event.total : null,
      });
    };
    request.upload.onload = () => onProgress({ stage: "processing", loaded: null, total: null });
    request.onload = () => resolve(readImportAnswer(request.status, request.responseText));
    request.onerror = () =>
      resolve({ kind: "refused", code: "NETWORK", message: "resources.RosterImport.errors.network" });
    const form = new FormData();
    form.append("file", file, file.name);
    if (dryRun) form.append("dryRun", "true");
    onProgress({ stage: "uploading", loaded: 0, total: file.size });
    request.send(form);
  });
}
