import { currentSession } from "../account/session.ts";
import { ApiError, networkErrorCode } from "./api-error.ts";

/** The API's answer to an upload (docs/api/files.md). */
export interface UploadedAttachment {
  id: number;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  downloadUrl: string;
}

/**
 * Uploads one file to POST /files/attachments with its form fields, reporting progress from 0 to
 * 1 (a photo over a slow connection takes a while). Rejects with the API's ApiError, e.g.
 * FILE_TOO_LARGE or FILE_TYPE_NOT_ALLOWED with its Chinese message.
 */
export function uploadAttachment(
  file: File,
  fields: Record<string, string>,
  onProgress: (fraction: number) => void = () => {},
): Promise<UploadedAttachment> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/files/attachments");
    const session = currentSession();
    if (session) request.setRequestHeader("authorization", `Bearer ${session.token}`);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(networkErrorCode, ""));
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        reject(new ApiError("SERVER", ""));
        return;
      }
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve(body as UploadedAttachment);
        return;
      }
      const error = (body as { error?: { code?: string; message?: string } }).error;
      reject(new ApiError(error?.code ?? "SERVER", error?.message ?? ""));
    };
    request.send(form);
  });
}
