import { useI18n } from "../i18n/i18n.tsx";
import { StatusBadge } from "../ui/Feedback.tsx";
import type { MyResult } from "./my-queries.ts";

/** One published result: place, total and awards. */
export function ResultLine({ result }: { result: MyResult }) {
  const { t } = useI18n();
  return (
    <li>
      <div className="row">
        <strong>{result.placeLabel ?? "—"}</strong>
        {result.award.names.map((name) => (
          <StatusBadge key={name} tone="good">
            {name}
          </StatusBadge>
        ))}
      </div>
      <p className="meta">
        {result.activityName} · {result.categoryName} · {result.trackName}
      </p>
      {result.totalText ? <p className="meta">{t("mine.result.total", { total: result.totalText })}</p> : null}
      {result.award.advancesToProvincial ? <p className="meta">{t("mine.result.provincial")}</p> : null}
    </li>
  );
}
