import type { UploadProblem } from "../api/upload-rules.ts";
import type { Upload } from "../api/use-uploads.ts";
import { ProgressBar, useErrorText } from "./Feedback.tsx";

/**
 * One chosen file's state under its name: the refusal (the phone's own check or the API's
 * message), the progress bar while it travels, or a tick once the server kept it.
 */
export function UploadStatus({
  upload,
  uploadingLabel,
  doneLabel,
  problemText,
}: {
  upload: Upload;
  uploadingLabel: string;
  doneLabel: string;
  problemText(problem: UploadProblem): string;
}) {
  const errorText = useErrorText();
  if (upload.error) {
    return (
      <p className="field-error" role="alert">
        {typeof upload.error === "string" ? problemText(upload.error) : errorText(upload.error)}
      </p>
    );
  }
  if (upload.attachmentId) return <p className="meta upload-done">✓ {doneLabel}</p>;
  return <ProgressBar fraction={upload.progress} label={uploadingLabel} />;
}
