import type { ApiError } from "../api/api-error.ts";
import { Link } from "../app/router.tsx";
import { useT } from "../i18n/i18n.tsx";
import { ErrorNotice, useErrorText } from "../ui/Feedback.tsx";
import { withNext } from "./with-next.ts";

/**
 * What went wrong when asking for a code or finishing with it, said plainly with the way forward:
 * not on the roster (who to ask), an account that already exists (sign in or reset), none yet
 * (activate), too many tries (the API says how long to wait), a wrong or expired code.
 */
export function WorkerCodeError({ error, next }: { error: ApiError; next: string | null }) {
  const t = useT();
  const text = useErrorText()(error);
  switch (error.code) {
    case "ROSTER_MISMATCH":
      return (
        <div className="notice notice-error" role="alert">
          <p>{text}</p>
          <p>{t("account.roster.mismatch")}</p>
          <p>{t("account.roster.whoToAsk")}</p>
        </div>
      );
    case "WORKER_ACCOUNT_EXISTS":
      return (
        <div className="notice notice-warning" role="alert">
          <p>{t("account.roster.exists")}</p>
          <p>{text}</p>
          <div className="button-row">
            <Link className="button button-primary" to={withNext("/login", next)}>
              {t("account.login.submit")}
            </Link>
            <Link className="button button-secondary" to={withNext("/reset-password", next)}>
              {t("account.login.forgot")}
            </Link>
          </div>
        </div>
      );
    case "WORKER_ACCOUNT_NOT_ACTIVATED":
      return (
        <div className="notice notice-warning" role="alert">
          <p>{t("account.roster.notActivated")}</p>
          <div className="button-row">
            <Link className="button button-primary" to={withNext("/activate", next)}>
              {t("account.login.activate")}
            </Link>
          </div>
        </div>
      );
    default:
      return <ErrorNotice error={error} />;
  }
}
