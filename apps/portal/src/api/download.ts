import { currentSession } from "../account/session.ts";
import { ApiError, networkErrorCode } from "./api-error.ts";

/**
 * Downloads a file that needs the sign-in token (a certificate PDF, one's own attachment), which a
 * plain link cannot send, and hands it to the phone under `fileName`, reporting progress 0 to 1.
 */
export async function downloadFile(
  path: string,
  fileName: string,
  onProgress: (fraction: number) => void,
): Promise<void> {
  const session = currentSession();
  let response: Response;
  try {
    response = await fetch(path, { headers: session ? { authorization: `Bearer ${session.token}` } : {} });
  } catch {
    throw new ApiError(networkErrorCode, "");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new ApiError(body.error?.code ?? "SERVER", body.error?.message ?? "");
  }
  const total = Number(response.headers.get("content-length") ?? 0);
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      if (total > 0) onProgress(received / total);
    }
  } else {
    chunks.push(new Uint8Array(await response.arrayBuffer()));
  }
  onProgress(1);
  const url = URL.createObjectURL(
    new Blob(chunks as BlobPart[], { type: response.headers.get("content-type") ?? "application/octet-stream" }),
  );
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
