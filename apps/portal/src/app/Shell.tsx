import { Component, type ReactNode, Suspense, useMemo } from "react";
import { AccountNotice } from "../account/AccountNotice.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { Loading } from "../ui/Feedback.tsx";
import NotFoundPage from "./NotFoundPage.tsx";
import { Link, matchPath, useLocation } from "./router.tsx";
import { routes } from "./routes.ts";

/** The frame of every page: the federation's bar on top, the page, the three tabs at the bottom. */
export function Shell() {
  const { t, locale, setLocale } = useI18n();
  const { pathname } = useLocation();
  const found = useMemo(() => {
    for (const route of routes) {
      const params = matchPath(route.path, pathname);
      if (params) return { route, params };
    }
    return null;
  }, [pathname]);
  const tab = found?.route.tab;
  const CurrentPage = found?.route.page;
  return (
    <div className="shell">
      <header className="topbar">
        <Link to="/" className="topbar-title">
          <span className="topbar-federation">{t("app.federation")}</span>
          <span className="topbar-name">{t("app.name")}</span>
        </Link>
        <button
          type="button"
          className="topbar-language"
          aria-label={t("app.languageLabel")}
          onClick={() => setLocale(locale === "zh" ? "en" : "zh")}
        >
          {t("app.language")}
        </button>
      </header>
      <AccountNotice />
      <PageErrorBoundary key={pathname} fallback={<PageFailed />}>
        <Suspense fallback={<Loading lines={4} />}>
          {CurrentPage && found ? <CurrentPage params={found.params} /> : <NotFoundPage />}
        </Suspense>
      </PageErrorBoundary>
      <nav className="tabbar" aria-label={t("app.name")}>
        <TabLink to="/" active={tab === "activities"} label={t("app.tab.activities")} icon="◎" />
        <TabLink to="/results" active={tab === "results"} label={t("app.tab.results")} icon="☰" />
        <TabLink to="/me" active={tab === "mine"} label={t("app.tab.mine")} icon="◉" />
      </nav>
    </div>
  );
}

function TabLink({ to, active, label, icon }: { to: string; active: boolean; label: string; icon: string }) {
  return (
    <Link to={to} className={active ? "tab tab-active" : "tab"} aria-current={active ? "page" : undefined}>
      <span className="tab-icon" aria-hidden="true">
        {icon}
      </span>
      {label}
    </Link>
  );
}

/** A page whose code could not be fetched (a lost connection on a slow network) offers a reload. */
function PageFailed() {
  const { t } = useI18n();
  return (
    <div className="notice notice-error" role="alert">
      <p>{t("app.pageFailed")}</p>
      <Button variant="secondary" onClick={() => window.location.reload()}>
        {t("app.retry")}
      </Button>
    </div>
  );
}

class PageErrorBoundary extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
