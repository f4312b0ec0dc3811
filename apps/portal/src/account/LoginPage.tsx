import { type FormEvent, useState } from "react";
import { useMutation } from "../api/use-query.ts";
import { Link, navigate, useLocation } from "../app/router.tsx";
import { useT } from "../i18n/i18n.tsx";
import { Button } from "../ui/Button.tsx";
import { ErrorNotice, Notice } from "../ui/Feedback.tsx";
import { TextField } from "../ui/Field.tsx";
import { Card, Page } from "../ui/Page.tsx";
import { finishSignIn } from "./finish-sign-in.ts";
import { safeNextPath } from "./next-path.ts";
import { PasswordField } from "./PasswordField.tsx";
import { signedIn, signedOut, useSession } from "./session.ts";
import { withNext } from "./with-next.ts";
import { type LoginPayload, loginMutation } from "./worker-code-api.ts";

const staffRoles = ["ADMIN", "ORGANIZER", "UNIT_ADMIN", "JUDGE"] as const;
type StaffRole = (typeof staffRoles)[number];
const isStaffRole = (role: string): role is StaffRole => (staffRoles as readonly string[]).includes(role);

/**
 * /login: a worker signs in with their roster phone (or a username) and password, and goes back to
 * the page that sent them here (`?next=`) or to 我的. The API's own words say why a sign-in is
 * refused (wrong password, locked for 15 minutes, too many failures from this network).
 * Staff accounts are signed in too, and told that their work is in the admin panel.
 */
export default function LoginPage() {
  const t = useT();
  const session = useSession();
  const { search } = useLocation();
  const next = search.get("next");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [sent, setSent] = useState(false);
  const [staffRole, setStaffRole] = useState<StaffRole | null>(null);
  const login = useMutation<{ username: string; password: string }, { login: LoginPayload }>(loginMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(true);
    if (username.trim() === "" || password === "") return;
    const answer = await login.run({ username: username.trim(), password });
    if (!answer) return;
    const { user } = answer.login;
    if (isStaffRole(user.role)) {
      // Signed in, but this portal is not where their work is: say so instead of moving on.
      signedIn({ token: answer.login.token, displayName: user.displayName, role: user.role });
      setStaffRole(user.role);
      return;
    }
    finishSignIn(answer.login, next);
  };

  if (staffRole && session) {
    return (
      <Page title={t("account.login.title")}>
        <Notice tone="info">
          <p>{t("account.login.already", { name: session.displayName })}</p>
          <p>{t("account.login.staff", { role: t(`account.role.${staffRole}`) })}</p>
          <p>{t("account.login.staffWhere", { address: `${window.location.origin}/admin/` })}</p>
        </Notice>
        <div className="button-row">
          <a className="button button-primary" href="/admin/">
            {t("account.login.staffAdmin")}
          </a>
          <Button variant="secondary" onClick={() => navigate(safeNextPath(next), { replace: true })}>
            {t("account.login.staffStay")}
          </Button>
        </div>
      </Page>
    );
  }

  if (session) {
    return (
      <Page title={t("account.login.title")}>
        <Card>
          <p>{t("account.login.already", { name: session.displayName })}</p>
          <div className="button-row">
            <Link className="button button-primary" to={safeNextPath(next)}>
              {t("account.login.continue")}
            </Link>
            <Button variant="secondary" onClick={signedOut}>
              {t("app.signOut")}
            </Button>
          </div>
        </Card>
      </Page>
    );
  }

  const refused = login.error;
  return (
    <Page title={t("account.login.title")}>
      <p className="meta">{t("account.login.intro")}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t("account.login.username")}
          name="username"
          type="text"
          inputMode="tel"
          autoComplete="username"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={username}
          onChange={(event) => {
            setUsername(event.target.value);
            login.clearError();
          }}
          error={sent && username.trim() === "" ? t("account.login.usernameRequired") : undefined}
          hint={t("account.login.usernameHint")}
        />
        <PasswordField
          label={t("account.login.password")}
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
            login.clearError();
          }}
          error={sent && password === "" ? t("account.login.passwordRequired") : undefined}
        />
        {refused ? <ErrorNotice error={refused} /> : null}
        {refused?.code === "INVALID_CREDENTIALS" ? (
          <p className="meta account-hint">{t("account.login.wrongHint")}</p>
        ) : null}
        <Button type="submit" block busy={login.running}>
          {t("account.login.submit")}
        </Button>
      </form>
      <p className="account-links">
        <span>
          {t("account.login.firstTime")} <Link to={withNext("/activate", next)}>{t("account.login.activate")}</Link>
        </span>
        <Link to={withNext("/reset-password", next)}>{t("account.login.forgot")}</Link>
      </p>
    </Page>
  );
}
