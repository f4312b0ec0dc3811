import type { Role } from "@jinzhou/domain";
import { ListItemText, MenuItem, type Theme, Typography, useMediaQuery } from "@mui/material";
import { AppBar, Logout, TitlePortal, UserMenu, useGetIdentity, useTranslate } from "react-admin";

/** Who is signed in, as a line in the user menu: role and organization. */
const SignedInAs = () => {
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  if (!identity) return null;
  return (
    <MenuItem disabled sx={{ "&.Mui-disabled": { opacity: 1 } }}>
      <ListItemText
        primary={identity.fullName}
        secondary={translate("app.user.signedInAs", {
          role: translate(`enums.role.${identity.role as Role}`),
          organization: identity.organizationName,
        })}
      />
    </MenuItem>
  );
};

/** The platform's name on wide screens, then the page title, the language menu and the user menu. */
export const PanelAppBar = () => {
  const translate = useTranslate();
  const wide = useMediaQuery<Theme>((theme) => theme.breakpoints.up("md"));
  return (
    <AppBar
      userMenu={
        <UserMenu>
          <SignedInAs />
          <Logout />
        </UserMenu>
      }
    >
      {wide ? (
        <Typography variant="subtitle1" component="span" noWrap sx={{ fontWeight: 600, mr: 2, flexShrink: 0 }}>
          {translate("app.title")}
        </Typography>
      ) : null}
      <TitlePortal variant={wide ? "subtitle1" : "h6"} sx={wide ? { opacity: 0.85 } : undefined} />
    </AppBar>
  );
};
