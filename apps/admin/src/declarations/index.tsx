import Lightbulb from "@mui/icons-material/Lightbulb";
import type { PanelPage } from "../pages.tsx";
import { DeclarationList } from "./DeclarationList.tsx";
import { DeclarationShow } from "./DeclarationShow.tsx";

/**
 * 创新项目申报审核: pages over the Registration resource (an innovation project is a registration
 * with entrant PROJECT), under the pseudo-resource "Declaration" for access.
 */
export const declarationPages: PanelPage[] = [
  {
    path: "declarations",
    element: <DeclarationList />,
    access: "Declaration",
    menu: { label: "resources.Declaration.menu", icon: Lightbulb },
  },
  { path: "declarations/:id", element: <DeclarationShow />, access: "Declaration" },
];
