import { type ChangeEvent, useId } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { ProgressBar, useErrorText } from "../ui/Feedback.tsx";
import type { useEvidenceUploads } from "./use-evidence-uploads.ts";

// What the API accepts (recognized by the bytes): images, PDF and office documents.
const accepted = "image/*,.pdf,.doc,.docx,.xls,.xlsx,.pptx";

/** The evidence picker: choose files from the phone, each uploads at once with its progress. */
export function EvidenceUploads({ evidence, max }: { evidence: ReturnType<typeof useEvidenceUploads>; max: number }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const inputId = useId();
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    evidence.add(Array.from(event.target.files ?? []), evidence.room);
    // The same file may be chosen again after removing it.
    event.target.value = "";
  };
  return (
    <fieldset className="field evidence">
      <legend>{t("results.objection.evidence", { max })}</legend>
      <p className="meta">{t("results.objection.evidenceHint")}</p>
      {evidence.uploads.length > 0 ? (
        <ul className="list-plain">
          {evidence.uploads.map((upload) => (
            <li key={upload.key} className="evidence-item">
              <div className="row">
                <span className="evidence-name">{upload.fileName}</span>
                <Button variant="text" onClick={() => evidence.remove(upload.key)}>
                  {t("results.objection.evidenceRemove")}
                </Button>
              </div>
              {upload.error ? (
                <p className="field-error" role="alert">
                  {upload.error === "TOO_LARGE"
                    ? t("results.objection.evidenceTooLarge", { name: upload.fileName })
                    : errorText(upload.error)}
                </p>
              ) : upload.attachmentId ? (
                <p className="meta evidence-done">✓ {t("results.objection.evidenceDone")}</p>
              ) : (
                <ProgressBar
                  fraction={upload.progress}
                  label={t("results.objection.evidenceUploading", { name: upload.fileName })}
                />
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {evidence.room > 0 ? (
        <>
          <input id={inputId} className="file-input" type="file" accept={accepted} multiple onChange={choose} />
          <label htmlFor={inputId} className="button button-secondary button-block">
            {t("results.objection.evidenceAdd")}
          </label>
        </>
      ) : (
        <p className="meta">{t("results.objection.evidenceFull", { max })}</p>
      )}
    </fieldset>
  );
}
