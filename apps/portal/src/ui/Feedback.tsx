import type { ReactNode } from "react";
import type { ApiError } from "../api/api-error.ts";
import { useT } from "../i18n/i18n.tsx";
import { Button } from "./Button.tsx";

/** The API's Chinese message for an error, or ours when the phone never reached the server. */
export function useErrorText(): (error: ApiError) => string {
  const t = useT();
  return (error) => {
    if (error.code === "NETWORK") return t("app.offline");
    if (error.code === "UNAUTHENTICATED") return t("app.signInNeeded");
    return error.message || t("app.serverError");
  };
}

/** A red box saying what went wrong, with 重试 when trying again may help. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT();
  const text = useErrorText()(error);
  return (
    <div className="notice notice-error" role="alert">
      <p>{text}</p>
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t("app.retry")}
        </Button>
      ) : null}
    </div>
  );
}

/** A green or blue box: done, or something worth knowing. */
export function Notice({ tone = "info", children }: { tone?: "info" | "success" | "warning"; children: ReactNode }) {
  return (
    <div className={`notice notice-${tone}`} role="status">
      {children}
    </div>
  );
}

/** Grey placeholders while the first answer is on its way, so the page does not jump. */
export function Loading({ lines = 3 }: { lines?: number }) {
  const t = useT();
  return (
    <div className="loading" role="status" aria-busy="true" aria-label={t("app.loading")}>
      {Array.from({ length: lines }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders
        <div key={index} className="skeleton" />
      ))}
    </div>
  );
}

/** Nothing to show yet, said plainly, with what to do next when there is something. */
export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <p>{children}</p>
      {action}
    </div>
  );
}

/** A bar from 0 to 1 for uploads and other long work, with the percentage read out. */
export function ProgressBar({ fraction, label }: { fraction: number; label: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-label={label}
    >
      <div className="progress-bar" style={{ width: `${percent}%` }} />
      <span className="progress-text">
        {label} {percent}%
      </span>
    </div>
  );
}

/** A coloured label for a state (待单位审核, 候补第 2 位, 已确认 …). */
export function StatusBadge({ tone, children }: { tone: "neutral" | "good" | "warn" | "bad"; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
