import HowToReg from "@mui/icons-material/HowToReg";
import UploadFile from "@mui/icons-material/UploadFile";
import type { ComponentType, ReactElement } from "react";
import { declarationPages } from "./declarations/index.tsx";
import { EnrolmentPage } from "./enrolment/EnrolmentPage.tsx";
import { judgingPages } from "./judging/index.tsx";
import { resultsPages } from "./results/pages.tsx";
import { RosterImportPage } from "./roster-import/RosterImportPage.tsx";
import { tournamentPages } from "./tournaments/index.ts";
import { votingPages } from "./voting/index.tsx";

/**
 * The panel's pages that are not one resource's list/show/edit (a judge's scoring sheets, an
 * activity's results desk, …). Each is routed under /admin/<path> and, when `menu` is set, listed
 * in the menu for the roles that `mayAccess(role, access, "list")` allows (src/authProvider/access.ts).
 * Texts: `menuLabel` is an i18n key.
 */
export interface PanelPage {
  /** Route path without the leading slash; may hold parameters, e.g. "activities/:id/results". */
  path: string;
  element: ReactElement;
  /** The pseudo-resource name access.ts decides on, e.g. "ScoringSheet". */
  access: string;
  /** Shown in the menu (only for paths without parameters). */
  menu?: { label: string; icon: ComponentType };
}

export const panelPages: PanelPage[] = [
  {
    path: "enrolment",
    element: <EnrolmentPage />,
    access: "Enrolment",
    menu: { label: "resources.Enrolment.menu", icon: HowToReg },
  },
  {
    path: "roster-import",
    element: <RosterImportPage />,
    access: "RosterImport",
    menu: { label: "resources.RosterImport.menu", icon: UploadFile },
  },
  ...judgingPages,
  ...resultsPages,
  ...tournamentPages,
  ...declarationPages,
  ...votingPages,
];
