import { useEffect } from "react";
import { useLocation } from "../app/router.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { dismissAccountNotice, useAccountNotice } from "./account-notice.ts";

/** The one-time notice after activating an account or setting a new password, above its page. */
export function AccountNotice() {
  const { t } = useI18n();
  const notice = useAccountNotice();
  const { pathname } = useLocation();
  const here = notice !== null && notice.path === pathname;
  useEffect(() => {
    if (notice && !here) dismissAccountNotice();
  }, [notice, here]);
  if (!notice || !here) return null;
  return (
    <div className={`notice notice-${notice.tone} account-notice`} role="status">
      <p>{notice.text}</p>
      <button type="button" className="button button-text" onClick={dismissAccountNotice}>
        {t("account.notice.close")}
      </button>
    </div>
  );
}
