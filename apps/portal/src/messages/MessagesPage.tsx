import type { KeyboardEvent } from "react";
import { useRequireSignIn } from "../account/RequireSignIn.tsx";
import { Link } from "../app/router.tsx";
import { formatDayTime } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { EmptyState, ErrorNotice, Loading, StatusBadge } from "../ui/Feedback.tsx";
import { Page } from "../ui/Page.tsx";
import {
  displayOrder,
  type NotificationKind,
  notificationLink,
  notificationTone,
  type PortalNotification,
} from "./notification-list.ts";
import { useNotifications } from "./use-notifications.ts";

const knownKinds = new Set<string>([
  "REGISTRATION_APPROVED",
  "REGISTRATION_REJECTED",
  "REGISTRATION_RETURNED",
  "WAITLIST_PROMOTED",
  "RESULTS_PUBLISHED",
  "OTHER",
] satisfies NotificationKind[]);

/**
 * /me/messages: what the federation told the worker (approved, returned, promoted from the waiting
 * list, results out), unread first and marked; tapping a message marks it read, and a message
 * about a registration or an activity links there.
 */
export default function MessagesPage() {
  const { t } = useI18n();
  const session = useRequireSignIn();
  const inbox = useNotifications(session !== null);
  const ordered = displayOrder(inbox.items, inbox.unreadOnArrival);
  return (
    <Page title={t("inbox.title")} back="/me">
      {!session || inbox.loading ? (
        <Loading />
      ) : (
        <>
          <div className="row inbox-summary">
            <span className="meta" aria-live="polite">
              {inbox.unreadCount > 0 ? t("inbox.unreadCount", { count: inbox.unreadCount }) : t("inbox.allRead")}
            </span>
            {inbox.unreadCount > 0 ? (
              <Button variant="secondary" onClick={() => inbox.markRead("all")}>
                {t("inbox.markAll")}
              </Button>
            ) : null}
          </div>
          {inbox.error ? <ErrorNotice error={inbox.error} onRetry={inbox.reload} /> : null}
          {ordered.length === 0 && !inbox.error ? <EmptyState>{t("inbox.empty")}</EmptyState> : null}
          <ul className="list-plain inbox-list">
            {ordered.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                onRead={() => inbox.markRead([notification.id])}
              />
            ))}
          </ul>
          {inbox.hasMore ? (
            <>
              <p className="meta inbox-shown">{t("inbox.shown", { shown: inbox.items.length, total: inbox.total })}</p>
              <Button variant="secondary" block busy={inbox.loadingMore} onClick={inbox.loadMore}>
                {t("inbox.loadMore")}
              </Button>
            </>
          ) : null}
        </>
      )}
    </Page>
  );
}

function NotificationItem({ notification, onRead }: { notification: PortalNotification; onRead(): void }) {
  const { t, locale } = useI18n();
  const link = notificationLink(notification);
  const kindText = knownKinds.has(notification.kind)
    ? t(`inbox.kind.${notification.kind as NotificationKind}`)
    : notification.kindLabel;
  const unread = !notification.read;
  const readOnKey = (event: KeyboardEvent) => {
    if (unread && (event.key === "Enter" || event.key === " ") && event.target === event.currentTarget) {
      event.preventDefault();
      onRead();
    }
  };
  return (
    // A tap anywhere on an unread message marks it read (its link and button too, by bubbling).
    <li
      className={unread ? "card inbox-item inbox-unread" : "card inbox-item"}
      onClick={unread ? onRead : undefined}
      onKeyDown={readOnKey}
    >
      <div className="row">
        <span className="inbox-kind">
          {unread ? <span className="inbox-dot" aria-hidden="true" /> : null}
          <StatusBadge tone={notificationTone(notification.kind)}>{kindText}</StatusBadge>
          {unread ? <strong className="inbox-unread-label">{t("inbox.unread")}</strong> : null}
        </span>
        <time className="meta" dateTime={notification.createdAt}>
          {formatDayTime(notification.createdAt, locale)}
        </time>
      </div>
      <p className="inbox-text">{notification.text}</p>
      <div className="row">
        {link ? <Link to={link.to}>{t(`inbox.link.${link.kind}`)} ›</Link> : <span />}
        {unread ? (
          <Button
            variant="text"
            onClick={(event) => {
              event.stopPropagation();
              onRead();
            }}
          >
            {t("inbox.markOne")}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
