import { useCallback, useRef, useState } from "react";
import { type ApiError, asApiError } from "./api-error.ts";
import { uploadAttachment } from "./upload.ts";
import { type UploadAccept, type UploadProblem, uploadProblem } from "./upload-rules.ts";

export interface Upload {
  key: number;
  /** The chosen file, kept for a preview. */
  file: File;
  fileName: string;
  size: number;
  /** 0 to 1 while it travels. */
  progress: number;
  /** The attachment's id once the server kept it. */
  attachmentId?: string;
  /** Why it was refused: checked on the phone, or the API's refusal (wrong type, too many uploads …). */
  error?: ApiError | UploadProblem;
}

export interface UploadOptions {
  /** The attachment kind sent with each file: uploads without a registration (docs/api/files.md). */
  kind: "EVIDENCE" | "PHOTO";
  /** Files kept at most. */
  max: number;
  accept: UploadAccept;
  maxBytes?: number;
}

/**
 * Files uploaded as soon as they are chosen (no sign-in needed for evidence and recommendation
 * photos), so that only their ids travel with the form. Each is checked first (type, size) and
 * shows its progress; refused ones stay listed with the reason and do not count against `max`.
 */
export function useUploads(options: UploadOptions) {
  const { kind, max, accept, maxBytes } = options;
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(1);
  const update = useCallback((key: number, change: Partial<Upload>) => {
    setUploads((list) => list.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));
  }, []);

  const start = useCallback(
    (file: File): Upload => {
      const key = nextKey.current++;
      const upload: Upload = { key, file, fileName: file.name, size: file.size, progress: 0 };
      const problem = uploadProblem(file, { accept, maxBytes });
      if (problem) return { ...upload, error: problem };
      uploadAttachment(file, { kind }, (progress) => update(key, { progress })).then(
        (attachment) => update(key, { progress: 1, attachmentId: String(attachment.id) }),
        (error: unknown) => update(key, { error: asApiError(error) }),
      );
      return upload;
    },
    [kind, accept, maxBytes, update],
  );

  const kept = uploads.filter((upload) => !upload.error);
  const room = max - kept.length;

  /** Adds files while there is room. */
  const add = useCallback(
    (files: readonly File[]) => {
      const started = files.slice(0, Math.max(0, room)).map(start);
      setUploads((list) => [...list, ...started]);
    },
    [room, start],
  );

  /** Puts one file in place of everything chosen before (a single photo replaced). */
  const replace = useCallback(
    (file: File) => {
      const started = start(file);
      setUploads([started]);
    },
    [start],
  );

  const remove = useCallback((key: number) => {
    // An upload left unused is removed by the server after a day (docs/api/files.md).
    setUploads((list) => list.filter((upload) => upload.key !== key));
  }, []);

  return {
    uploads,
    /** Files still counting against the limit (refused ones do not). */
    room,
    add,
    replace,
    remove,
    busy: kept.some((upload) => upload.attachmentId === undefined),
    attachmentIds: kept.flatMap((upload) => (upload.attachmentId ? [upload.attachmentId] : [])),
  };
}

export type Uploads = ReturnType<typeof useUploads>;
