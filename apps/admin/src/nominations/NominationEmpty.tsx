import Inbox from "@mui/icons-material/Inbox";
import { Box, Typography } from "@mui/material";
import { CreateButton, useCanAccess, useTranslate } from "react-admin";

/** No nomination yet: what to do next, and 推荐候选人 for those who nominate. */
export const NominationEmpty = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: "Nomination", action: "create" });
  return (
    <Box sx={{ textAlign: "center", mx: "auto", mt: 6, mb: 4, maxWidth: 560, px: 2 }}>
      <Inbox sx={{ fontSize: 72, color: "text.disabled" }} />
      <Typography variant="h6" component="p" sx={{ mt: 1 }}>
        {translate("resources.Nomination.empty.title")}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 2 }}>
        {translate(`resources.Nomination.empty.${canAccess ? "create" : "readOnly"}`)}
      </Typography>
      {canAccess ? <CreateButton variant="contained" label="resources.Nomination.desk.nominate" /> : null}
    </Box>
  );
};
