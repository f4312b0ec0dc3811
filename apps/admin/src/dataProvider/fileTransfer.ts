import { readToken } from "../authProvider/session.ts";

/** `Authorization: Bearer <token>` for `/files/...` requests, or no header when signed out. */
export function bearerHeaders(token: string | null = readToken()): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** GETs `path` with the signed-in user's token (files need it, so a plain link cannot fetch them). */
export function fetchWithToken(path: string, fetcher: typeof fetch = fetch): Promise<Response> {
  return fetcher(path, { headers: bearerHeaders() });
}

/** Hands `blob` to the browser as a download named `fileName` (object URL → <a download>). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
