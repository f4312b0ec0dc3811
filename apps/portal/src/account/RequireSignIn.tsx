import { type ReactNode, useEffect } from "react";
import { navigate, useLocation } from "../app/router.tsx";
import { useT } from "../i18n/i18n.tsx";
import { Loading } from "../ui/Feedback.tsx";
import { signInPathFor } from "./next-path.ts";
import { type Session, useSession } from "./session.ts";

/**
 * For a page that needs a signed-in worker: returns the session, or null after sending the user
 * to /login?next=<this page> (they come back here after signing in). Also when the sign-in runs
 * out while the page is open (the API answers UNAUTHENTICATED and the phone is signed out).
 */
export function useRequireSignIn(): Session | null {
  const session = useSession();
  const { pathname, search } = useLocation();
  const query = search.toString();
  useEffect(() => {
    if (!session) navigate(signInPathFor(query ? `${pathname}?${query}` : pathname), { replace: true });
  }, [session, pathname, query]);
  return session;
}

/** Shows its children to a signed-in user; everyone else goes to /login and comes back. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const t = useT();
  const session = useRequireSignIn();
  if (session) return <>{children}</>;
  return (
    <div role="status" aria-label={t("account.signIn.redirecting")}>
      <Loading lines={2} />
    </div>
  );
}
