import { Menu, useBasename, useCanAccess, useResourceDefinitions, useTranslate } from "react-admin";
import { type PanelPage, panelPages } from "../pages.tsx";
import { orderedMenuEntries } from "./menuOrder.ts";

/** A page's menu entry, shown only to the roles that may open it. */
const PageItem = ({ page }: { page: PanelPage }) => {
  const translate = useTranslate();
  const basename = useBasename();
  const { canAccess } = useCanAccess({ resource: page.access, action: "list" });
  if (!canAccess || !page.menu) return null;
  const Icon = page.menu.icon;
  return <Menu.Item to={`${basename}/${page.path}`} primaryText={translate(page.menu.label)} leftIcon={<Icon />} />;
};

const menuPages = panelPages.filter((page) => page.menu);

/**
 * The menu: the dashboard, then the resources the role may list and the pages it may open, in the
 * order of the year's work (menuOrder.ts). Each role sees its own work and nothing else
 * (react-admin's resource items hide what the role may not list).
 */
export const PanelMenu = () => {
  const resources = Object.keys(useResourceDefinitions());
  const entries = orderedMenuEntries(
    resources,
    menuPages.map((page) => page.path),
  );
  return (
    <Menu>
      <Menu.DashboardItem />
      {entries.map((entry) => {
        if ("resource" in entry) return <Menu.ResourceItem key={entry.resource} name={entry.resource} />;
        const page = menuPages.find((candidate) => candidate.path === entry.page) as PanelPage;
        return <PageItem key={page.path} page={page} />;
      })}
    </Menu>
  );
};
