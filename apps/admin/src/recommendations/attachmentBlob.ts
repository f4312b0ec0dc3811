import { bearerHeaders } from "../dataProvider/fileTransfer.ts";

/**
 * An attachment's bytes as an object URL: `/files/attachments/:id` needs the bearer token, so an
 * <img src> cannot load it directly. The caller passes the token (readToken()) and revokes the
 * URL when done.
 */
export async function attachmentObjectUrl(
  downloadUrl: string,
  token: string | null,
  fetcher: typeof fetch = fetch,
): Promise<string> {
  const response = await fetcher(downloadUrl, { headers: bearerHeaders(token) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return URL.createObjectURL(await response.blob());
}

/** Photos are shown; every other attachment is offered for download. */
export function isPhoto(attachment: { kind: string; contentType: string }): boolean {
  return attachment.kind === "PHOTO" && attachment.contentType.startsWith("image/");
}
