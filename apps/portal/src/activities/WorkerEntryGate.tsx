import type { ReactNode } from "react";
import { type Session, useSession } from "../account/session.ts";
import type { PortalActivity, PortalCategory } from "../api/portal-activity.ts";
import { Link } from "../app/router.tsx";
import { useT } from "../i18n/i18n.tsx";
import { EmptyState, ErrorNotice, Loading, Notice } from "../ui/Feedback.tsx";
import { Page } from "../ui/Page.tsx";
import type { ActivityView } from "./use-activity.ts";

export interface WorkerEntry {
  session: Session;
  activity: PortalActivity;
  category: PortalCategory;
  mine: NonNullable<ActivityView["mine"]>;
}

/**
 * The states every worker's entry page (register, declare) passes before its form: sign in or
 * activate first, only workers, loading, then the activity and its category or what went wrong.
 */
export function WorkerEntryGate({
  title,
  back,
  here,
  view,
  categoryOf,
  children,
}: {
  title: string;
  back: string;
  here: string;
  view: ActivityView;
  categoryOf(activity: PortalActivity): PortalCategory | undefined;
  children(entry: WorkerEntry): ReactNode;
}) {
  const t = useT();
  const session = useSession();
  if (!session) {
    return (
      <Page title={title} back={back}>
        <Notice>{t("activities.register.signInFirst")}</Notice>
        <div className="button-row">
          <Link className="button button-primary" to={`/login?next=${encodeURIComponent(here)}`}>
            {t("app.signIn")}
          </Link>
          <Link className="button button-secondary" to={`/activate?next=${encodeURIComponent(here)}`}>
            {t("activities.activate")}
          </Link>
        </div>
      </Page>
    );
  }
  if (!view.isWorker) {
    return (
      <Page title={title} back={back}>
        <Notice>{t("activities.notWorker")}</Notice>
      </Page>
    );
  }
  if (view.loading && (view.activity === undefined || view.mine === undefined)) {
    return (
      <Page title={title} back={back}>
        <Loading lines={3} />
      </Page>
    );
  }
  const error = view.error ?? view.mineError;
  const category = view.activity ? categoryOf(view.activity) : undefined;
  if (!view.activity || !category || !view.mine) {
    return (
      <Page title={title} back={back}>
        {error ? (
          <ErrorNotice error={error} onRetry={view.reload} />
        ) : (
          <EmptyState>{view.activity ? t("activities.register.unknownCategory") : t("activities.notFound")}</EmptyState>
        )}
      </Page>
    );
  }
  return children({ session, activity: view.activity, category, mine: view.mine });
}
