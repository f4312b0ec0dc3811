import { fetchWithToken, saveBlob } from "../dataProvider/fileTransfer.ts";

/** How far a download has come: bytes received and, when the server said, the bytes expected. */
export interface DownloadProgress {
  received: number;
  total: number | null;
}

/** The file name a `Content-Disposition` header gives (RFC 5987 `filename*` first), or null. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"([^"]+)"|filename\s*=\s*([^;\s]+)/.exec(header);
  return plain?.[1] ?? plain?.[2] ?? null;
}

/** The expected size from `Content-Length`, or null when absent or not a number. */
export function expectedBytes(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim());
}

/** Whole percent of a download, or null when the size is unknown. */
export function percentOf(progress: DownloadProgress): number | null {
  if (progress.total === null || progress.total === 0) return null;
  return Math.min(100, Math.floor((100 * progress.received) / progress.total));
}

/** Reads a body to the end, reporting the bytes counted so far after every chunk. */
export async function readWithProgress(
  body: ReadableStream<Uint8Array>,
  total: number | null,
  onProgress: (progress: DownloadProgress) => void,
): Promise<Uint8Array[]> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return chunks;
}

/** The API's refusal message in a JSON error body (`{ code, message }` or `{ error: { message } }`). */
export function refusalMessage(text: string): string | null {
  try {
    const body = JSON.parse(text) as { message?: unknown; error?: { message?: unknown } };
    const message = body.error?.message ?? body.message;
    return typeof message === "string" ? message : null;
  } catch {
    return null;
  }
}

/**
 * Downloads `/files/...` with the signed-in user's token and saves it under the server's file name
 * (or `fallbackName`), reporting progress. Throws an Error with the API's Chinese message when refused.
 */
export async function downloadFile(
  path: string,
  fallbackName: string,
  onProgress: (progress: DownloadProgress) => void = () => {},
): Promise<string> {
  const response = await fetchWithToken(path);
  if (!response.ok) {
    throw new Error(refusalMessage(await response.text()) ?? `${response.status} ${response.statusText}`);
  }
  const total = expectedBytes(response.headers.get("content-length"));
  const chunks = response.body
    ? await readWithProgress(response.body, total, onProgress)
    : [new Uint8Array(await response.arrayBuffer())];
  const fileName = fileNameFromDisposition(response.headers.get("content-disposition")) ?? fallbackName;
  const blob = new Blob(chunks as BlobPart[], {
    type: response.headers.get("content-type") ?? "application/octet-stream",
  });
  saveBlob(blob, fileName);
  return fileName;
}
