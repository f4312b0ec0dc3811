import { useCallback, useRef, useState } from "react";
import { ApiError } from "../api/api-error.ts";
import { uploadAttachment } from "../api/upload.ts";

/** The server's upload limit (UPLOAD_MAX_BYTES, docs/api/files.md): checked before sending a byte. */
export const maxEvidenceBytes = 10 * 1024 * 1024;

export interface EvidenceUpload {
  key: number;
  fileName: string;
  size: number;
  /** 0 to 1 while it travels. */
  progress: number;
  /** The attachment's id once the server kept it. */
  attachmentId?: string;
  /** Why it was refused (too large, wrong type, too many uploads …). */
  error?: ApiError | "TOO_LARGE";
}

/**
 * Evidence for an objection, uploaded as soon as each file is chosen (public EVIDENCE uploads,
 * no sign-in) so that only the ids travel with the objection. At most `max` files.
 */
export function useEvidenceUploads(max: number) {
  const [uploads, setUploads] = useState<EvidenceUpload[]>([]);
  const nextKey = useRef(1);
  const update = useCallback((key: number, change: Partial<EvidenceUpload>) => {
    setUploads((list) => list.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));
  }, []);

  const add = useCallback(
    (files: readonly File[], room: number) => {
      for (const file of files.slice(0, Math.max(0, room))) {
        const key = nextKey.current++;
        const upload: EvidenceUpload = { key, fileName: file.name, size: file.size, progress: 0 };
        if (file.size > maxEvidenceBytes) {
          setUploads((list) => [...list, { ...upload, error: "TOO_LARGE" }]);
          continue;
        }
        setUploads((list) => [...list, upload]);
        uploadAttachment(file, { kind: "EVIDENCE" }, (progress) => update(key, { progress })).then(
          (attachment) => update(key, { progress: 1, attachmentId: String(attachment.id) }),
          (error: unknown) =>
            update(key, { error: error instanceof ApiError ? error : new ApiError("INTERNAL", String(error)) }),
        );
      }
    },
    [update],
  );

  const remove = useCallback((key: number) => {
    // An upload left unused is removed by the server after a day (docs/api/files.md).
    setUploads((list) => list.filter((upload) => upload.key !== key));
  }, []);

  const kept = uploads.filter((upload) => !upload.error);
  return {
    uploads,
    /** Files still counting against the limit (refused ones do not). */
    room: max - kept.length,
    add,
    remove,
    busy: kept.some((upload) => upload.attachmentId === undefined),
    attachmentIds: kept.flatMap((upload) => (upload.attachmentId ? [upload.attachmentId] : [])),
  };
}
