import { useState } from "react";
import type { ApiError } from "../api/api-error.ts";
import { downloadFile } from "../api/download.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { ErrorNotice, ProgressBar } from "../ui/Feedback.tsx";
import type { MyCertificate } from "./my-queries.ts";

/** A certificate with its number and a download that shows its progress. */
export function CertificateCard({ certificate }: { certificate: MyCertificate }) {
  const { t } = useI18n();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<ApiError>();
  const download = async () => {
    setError(undefined);
    setProgress(0);
    try {
      await downloadFile(certificate.downloadPath, `${certificate.number}.pdf`, setProgress);
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setProgress(null);
    }
  };
  return (
    <li>
      <strong>{certificate.heading}</strong>
      <p className="meta">
        {certificate.activityName}
        {certificate.categoryName ? ` · ${certificate.categoryName}` : null}
        {certificate.awardName ? ` · ${certificate.awardName}` : null}
      </p>
      <p className="meta">{t("mine.certificate.number", { number: certificate.number })}</p>
      {progress !== null ? <ProgressBar fraction={progress} label={t("mine.certificate.downloading")} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      <Button variant="secondary" onClick={download} busy={progress !== null}>
        {t("mine.certificate.download")}
      </Button>
    </li>
  );
}
