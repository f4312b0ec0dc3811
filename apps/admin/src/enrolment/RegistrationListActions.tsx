import HowToReg from "@mui/icons-material/HowToReg";
import { Button, FilterButton, TopToolbar, useBasename, useCanAccess } from "react-admin";
import { Link } from "react-router-dom";

/** The registrations list's toolbar: its filters, and 报名 (to 单位报名) for those who may enrol. */
export const RegistrationListActions = () => {
  const basename = useBasename();
  const { canAccess } = useCanAccess({ resource: "Enrolment", action: "list" });
  return (
    <TopToolbar>
      <FilterButton />
      {canAccess ? (
        <Button component={Link} to={`${basename}/enrolment`} label="resources.Enrolment.action">
          <HowToReg />
        </Button>
      ) : null}
    </TopToolbar>
  );
};
