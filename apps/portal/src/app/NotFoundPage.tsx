import { useT } from "../i18n/i18n.tsx";
import { EmptyState } from "../ui/Feedback.tsx";
import { Page } from "../ui/Page.tsx";
import { Link } from "./router.tsx";

/** A mistyped or expired link. */
export default function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t("app.notFound.title")}>
      <EmptyState
        action={
          <Link className="button button-primary" to="/">
            {t("app.notFound.home")}
          </Link>
        }
      >
        {t("app.notFound.text")}
      </EmptyState>
    </Page>
  );
}
