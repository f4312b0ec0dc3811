import { Admin, CustomRoutes, localStorageStore, Resource, useTranslate } from "react-admin";
import { createBrowserRouter, Route, RouterProvider } from "react-router-dom";
import activities from "./activities/index.ts";
import auditEntries from "./audit/index.ts";
import { authProvider } from "./authProvider/authProvider.ts";
import { Dashboard } from "./dashboard/Dashboard.tsx";
import { dataProvider } from "./dataProvider/dataProvider.ts";
import departments from "./departments/index.ts";
import holidays from "./holidays/index.ts";
import { i18nProvider } from "./i18n/i18nProvider.ts";
import indicatorReports from "./indicator-reports/index.ts";
import { LoginPage } from "./layout/LoginPage.tsx";
import { PanelLayout } from "./layout/PanelLayout.tsx";
import nominations from "./nominations/index.ts";
import organizations from "./organizations/index.ts";
import { panelPages } from "./pages.tsx";
import recommendations from "./recommendations/index.ts";
import registrations from "./registrations/index.ts";
import { panelTheme } from "./theme.ts";
import users from "./users/index.ts";
import workers from "./workers/index.ts";

/** The base the API serves the panel under (vite's `base`, without the trailing slash). */
const basename = import.meta.env.BASE_URL.replace(/\/$/, "");

// Preferences (locale, list filters, sidebar) persist in localStorage under this app's own key.
const store = localStorageStore(undefined, "jinzhou-admin");

/** The platform's name, in the chosen language, for pages that have no title of their own. */
const PanelTitle = () => {
  const translate = useTranslate();
  return <>{translate("app.title")}</>;
};

// No `requireAuth`: with it, react-admin 5.15's first redirect to the login page keeps restarting
// its own navigation (logout on mount, store reset, navigate) for seconds. Every page checks the
// session anyway, and the API refuses every request without a valid token.
const PanelAdmin = () => (
  <Admin
    basename={basename}
    title={<PanelTitle />}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    theme={panelTheme}
    layout={PanelLayout}
    loginPage={LoginPage}
    dashboard={Dashboard}
    disableTelemetry
  >
    <Resource name="Organization" {...organizations} />
    <Resource name="Worker" {...workers} />
    <Resource name="Department" {...departments} />
    <Resource name="Registration" {...registrations} />
    <Resource name="Activity" {...activities} />
    <Resource name="Recommendation" {...recommendations} />
    <Resource name="IndicatorReport" {...indicatorReports} />
    <Resource name="Nomination" {...nominations} />
    {/* Settings last: accounts, the audit log, the holiday calendar (the admin's). */}
    <Resource name="User" {...users} />
    <Resource name="AuditEntry" {...auditEntries} />
    <Resource name="Holiday" {...holidays} />
    <CustomRoutes>
      {panelPages.map((page) => (
        <Route key={page.path} path={`/${page.path}`} element={page.element} />
      ))}
    </CustomRoutes>
  </Admin>
);

// Browser history (not react-admin's default hash router) so that /admin/Worker/create is a real
// address; the API answers every path under /admin/ with index.html. A data router, like the hash
// router react-admin creates by default, so that the unsaved-changes guard works.
const router = createBrowserRouter([{ path: `${basename}/*`, element: <PanelAdmin /> }]);

export const App = () => <RouterProvider router={router} />;
