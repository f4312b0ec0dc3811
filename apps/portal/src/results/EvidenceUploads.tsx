import { type ChangeEvent, useId } from "react";
import { acceptAttribute } from "../api/upload-rules.ts";
import type { Uploads } from "../api/use-uploads.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { UploadStatus } from "../ui/UploadStatus.tsx";

/** The evidence picker: choose files from the phone, each uploads at once with its progress. */
export function EvidenceUploads({ evidence, max }: { evidence: Uploads; max: number }) {
  const { t } = useI18n();
  const inputId = useId();
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    evidence.add(Array.from(event.target.files ?? []));
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
              <UploadStatus
                upload={upload}
                uploadingLabel={t("results.objection.evidenceUploading", { name: upload.fileName })}
                doneLabel={t("results.objection.evidenceDone")}
                problemText={() => t("results.objection.evidenceTooLarge", { name: upload.fileName })}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {evidence.room > 0 ? (
        <>
          <input
            id={inputId}
            className="file-input"
            type="file"
            accept={acceptAttribute.any}
            multiple
            onChange={choose}
          />
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
