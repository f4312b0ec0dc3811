import { navigate } from "../app/router.tsx";
import { showAccountNotice } from "./account-notice.ts";
import { safeNextPath } from "./next-path.ts";
import { signedIn } from "./session.ts";
import type { LoginPayload } from "./worker-code-api.ts";

/**
 * Keeps the sign-in on this phone and goes where the worker was heading (`?next=`, only a path of
 * this portal) or to 我的, with a one-time notice there when there is something to say.
 */
export function finishSignIn(payload: LoginPayload, next: string | null, notice?: string): void {
  signedIn({ token: payload.token, displayName: payload.user.displayName, role: payload.user.role });
  const target = safeNextPath(next);
  navigate(target, { replace: true });
  // After navigating, so the notice never meets the page being left (which would end it).
  if (notice)
    showAccountNotice({ tone: "success", text: notice, path: new URL(target, window.location.href).pathname });
}
