import { maxUploadBytes } from "../api/upload-rules.ts";
import { useUploads } from "../api/use-uploads.ts";

/** The server's upload limit (UPLOAD_MAX_BYTES, docs/api/files.md): checked before sending a byte. */
export const maxEvidenceBytes = maxUploadBytes;

/**
 * Evidence for an objection, uploaded as soon as each file is chosen (public EVIDENCE uploads,
 * no sign-in) so that only the ids travel with the objection. At most `max` files.
 */
export function useEvidenceUploads(max: number) {
  return useUploads({ kind: "EVIDENCE", max, accept: "any" });
}
