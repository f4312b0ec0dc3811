import { type ChangeEvent, useEffect, useId, useState } from "react";
import { acceptAttribute, maxUploadBytes } from "../api/upload-rules.ts";
import type { Uploads } from "../api/use-uploads.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { UploadStatus } from "../ui/UploadStatus.tsx";

const maxMegabytes = maxUploadBytes / 1024 / 1024;
// The image formats the API recognizes (docs/api/files.md), named as phones name them.
const formats = "JPEG / PNG / WebP";

/** The chosen photo shown from the phone itself (an object URL, released when it goes). */
export function PhotoPreview({ file, alt }: { file: File; alt: string }) {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const created = URL.createObjectURL(file);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [file]);
  return url ? <img className="photo-preview" src={url} alt={alt} /> : null;
}

/**
 * The candidate's photo: chosen from the phone (camera or album, as the phone offers), checked,
 * previewed and uploaded at once with its progress; replaced or removed before submitting.
 */
export function CandidatePhoto({ photo, error }: { photo: Uploads; error?: string }) {
  const { t } = useI18n();
  const inputId = useId();
  const current = photo.uploads[0];
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) photo.replace(file);
    // The same photo may be chosen again after removing it.
    event.target.value = "";
  };
  return (
    <fieldset className="field candidate-photo">
      <legend>{t("recommend.photo")}</legend>
      <p className="meta">{t("recommend.photoHint", { size: maxMegabytes, formats })}</p>
      {current ? (
        <div className="photo-item">
          {current.error ? null : <PhotoPreview file={current.file} alt={t("recommend.photoAlt")} />}
          <div className="stack">
            <span className="evidence-name">{current.fileName}</span>
            <UploadStatus
              upload={current}
              uploadingLabel={t("recommend.photoUploading")}
              doneLabel={t("recommend.photoDone")}
              problemText={(problem) =>
                problem === "TOO_LARGE"
                  ? t("recommend.photoTooLarge", { size: maxMegabytes })
                  : t("recommend.photoNotImage", { formats })
              }
            />
            <Button variant="text" onClick={() => photo.remove(current.key)}>
              {t("recommend.photoRemove")}
            </Button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <input id={inputId} className="file-input" type="file" accept={acceptAttribute.image} onChange={choose} />
      <label htmlFor={inputId} className="button button-secondary button-block">
        {current ? t("recommend.photoReplace") : t("recommend.photoChoose")}
      </label>
    </fieldset>
  );
}
