import { type ReactNode, useEffect } from "react";
import { Link } from "../app/router.tsx";
import { useT } from "../i18n/i18n.tsx";

/**
 * A page: its title in the bar (and the browser tab), a back arrow when there is somewhere to go
 * back to, and the content below in one narrow column.
 */
export function Page({
  title,
  back,
  actions,
  children,
}: {
  title: string;
  /** Where the back arrow goes: the page above this one in the portal's tree. */
  back?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} · ${t("app.name")}`;
  }, [title, t]);
  return (
    <main className="page">
      <header className="page-header">
        {back ? (
          <Link className="page-back" to={back} aria-label={t("app.back")}>
            ‹
          </Link>
        ) : null}
        <h1>{title}</h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      <div className="page-body">{children}</div>
    </main>
  );
}

/** A block of a page with an optional heading. */
export function Section({ title, children, id }: { title?: string; children: ReactNode; id?: string }) {
  return (
    <section className="section" id={id} aria-label={title}>
      {title ? <h2>{title}</h2> : null}
      {children}
    </section>
  );
}

/** A white card: one activity, one registration, one candidate. */
export function Card({ children, className }: { children: ReactNode; className?: string }) {
  return <article className={className ? `card ${className}` : "card"}>{children}</article>;
}
