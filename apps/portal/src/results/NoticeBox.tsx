import { chinaToday, daysUntil, formatDay } from "../i18n/format.ts";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { Notice, StatusBadge } from "../ui/Feedback.tsx";
import { Card } from "../ui/Page.tsx";
import type { NoticeStage, PublicNotice } from "./results-model.ts";

/**
 * The public notice (公示): its period in working days and its end date while it runs, with the way
 * to object; that it is over once the end date has passed; and 已发布 once the results are final.
 */
export function NoticeBox({
  notice,
  stage,
  onObject,
}: {
  notice: PublicNotice | null;
  stage: NoticeStage;
  /** Opens the objection form; absent while the form is already open. */
  onObject?: (() => void) | undefined;
}) {
  const { t, locale } = useI18n();
  if (stage === "FINAL") {
    return (
      <Card className="notice-box">
        <div className="row">
          <h3>{t("results.notice.final")}</h3>
          <StatusBadge tone="good">{t("results.state.final")}</StatusBadge>
        </div>
        {notice ? (
          <p className="meta">
            {t("results.notice.finalPeriod", {
              from: formatDay(notice.firstDay, locale),
              to: formatDay(notice.endDate, locale),
            })}
          </p>
        ) : null}
      </Card>
    );
  }
  if (!notice || stage === "NONE") return null;
  const today = chinaToday();
  const daysLeft = daysUntil(notice.endDate);
  return (
    <Card className="notice-box">
      <h3>{t("results.notice.title")}</h3>
      <dl className="facts">
        <dt>{t("results.notice.period")}</dt>
        <dd>
          {t("results.notice.periodValue", {
            from: formatDay(notice.firstDay, locale),
            to: formatDay(notice.endDate, locale),
          })}
          <br />
          <span className="meta">{t("results.notice.workingDays", { count: notice.workingDays })}</span>
        </dd>
        <dt>{t("results.notice.endDate")}</dt>
        <dd>{t("results.notice.endDateValue", { date: formatDay(notice.endDate, locale) })}</dd>
      </dl>
      <p className="meta">{notice.description}</p>
      {stage === "OPEN" ? (
        <>
          <Notice tone="info">
            <p>
              {today < notice.firstDay
                ? t("results.notice.notStarted", { date: formatDay(notice.firstDay, locale) })
                : daysLeft === 0
                  ? t("results.notice.lastDay")
                  : t("results.notice.daysLeft", { days: daysLeft })}
            </p>
          </Notice>
          {onObject ? (
            <Button variant="secondary" block onClick={onObject}>
              {t("results.notice.object")}
            </Button>
          ) : null}
        </>
      ) : (
        <Notice tone="warning">
          <p>{t("results.notice.ended", { date: formatDay(notice.endDate, locale) })}</p>
        </Notice>
      )}
    </Card>
  );
}
