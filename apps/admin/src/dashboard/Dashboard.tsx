import type { Role } from "@jinzhou/domain";
import { Box } from "@mui/material";
import { Title, useAuthenticated, usePermissions, useTranslate } from "react-admin";
import { LeaderDashboard } from "./LeaderDashboard.tsx";
import { JudgeHome, UnitWork, WorkerWelcome } from "./RoleHomes.tsx";

/**
 * The panel's home page, per role: leaders (admin, organizers, unit admins) see the year's
 * progress and participation, a unit admin first their entries awaiting review; a judge their
 * score sheets to submit; a worker a short welcome.
 */
export const Dashboard = () => {
  // The panel sets no `requireAuth`: without a session, this sends the visitor to the login page
  // at once (as a resource list does) instead of leaving an empty home page.
  useAuthenticated();
  const translate = useTranslate();
  const { permissions: role } = usePermissions<Role>();
  return (
    <Box sx={{ mt: 2, mb: 4, display: "flex", flexDirection: "column", gap: 2, minWidth: 0 }}>
      <Title title={translate("resources.Dashboard.title")} />
      {role === "UNIT_ADMIN" ? <UnitWork /> : null}
      {role === "ADMIN" || role === "ORGANIZER" || role === "UNIT_ADMIN" ? <LeaderDashboard /> : null}
      {role === "JUDGE" ? <JudgeHome /> : null}
      {role === "WORKER" ? <WorkerWelcome /> : null}
    </Box>
  );
};
