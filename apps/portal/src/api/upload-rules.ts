// What the API accepts for an upload (docs/api/files.md), checked on the phone before a byte is
// sent; the API checks the bytes themselves again.

/** The server's upload limit (UPLOAD_MAX_BYTES). */
export const maxUploadBytes = 10 * 1024 * 1024;

/** Kinds of file a picker takes: photos (JPEG, PNG, WebP) or any attachment type. */
export type UploadAccept = "image" | "any";

const imageTypes = ["image/jpeg", "image/png", "image/webp"];
const imageExtensions = ["jpg", "jpeg", "png", "webp"];

/** The `accept` attribute of the file input for each kind. */
export const acceptAttribute: Record<UploadAccept, string> = {
  image: "image/*",
  any: "image/*,.pdf,.doc,.docx,.xls,.xlsx,.pptx",
};

export type UploadProblem = "TOO_LARGE" | "NOT_IMAGE";

/** Why a chosen file would be refused, before uploading it; undefined when it may go. */
export function uploadProblem(
  file: { name: string; size: number; type: string },
  rule: { accept: UploadAccept; maxBytes?: number },
): UploadProblem | undefined {
  if (file.size > (rule.maxBytes ?? maxUploadBytes)) return "TOO_LARGE";
  if (rule.accept === "image") {
    // Some phones give no type: the name's extension decides then.
    const extension = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? "";
    const image = file.type ? imageTypes.includes(file.type) : imageExtensions.includes(extension);
    if (!image) return "NOT_IMAGE";
  }
  return undefined;
}
