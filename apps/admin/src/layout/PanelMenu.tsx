import { Menu, useBasename, useCanAccess, useTranslate } from "react-admin";
import { type PanelPage, panelPages } from "../pages.tsx";

/** A page's menu entry, shown only to the roles that may open it. */
const PageItem = ({ page }: { page: PanelPage }) => {
  const translate = useTranslate();
  const basename = useBasename();
  const { canAccess } = useCanAccess({ resource: page.access, action: "list" });
  if (!canAccess || !page.menu) return null;
  const Icon = page.menu.icon;
  return <Menu.Item to={`${basename}/${page.path}`} primaryText={translate(page.menu.label)} leftIcon={<Icon />} />;
};

/**
 * The menu: the dashboard, each resource the role may list (react-admin hides the others), then
 * the panel's own pages the role may open. Each role sees its own work and nothing else.
 */
export const PanelMenu = () => (
  <Menu>
    <Menu.DashboardItem />
    <Menu.ResourceItems />
    {panelPages
      .filter((page) => page.menu)
      .map((page) => (
        <PageItem key={page.path} page={page} />
      ))}
  </Menu>
);
