/**
 * Where to go after signing in. `?next=` comes from a link anyone can craft, so only a path of this
 * portal is followed: it starts with one "/", stays on this site, and is not one of the sign-in
 * pages themselves (which would loop) nor another application on the same server (/admin/ …).
 */
export const afterSignInPath = "/me";

const signInPages = new Set(["/login", "/activate", "/reset-password"]);
const otherApplications = ["/admin", "/graphql", "/files", "/healthz"];

export function safeNextPath(raw: string | null | undefined, fallback: string = afterSignInPath): string {
  if (!raw?.startsWith("/") || raw.startsWith("//")) return fallback;
  // Browsers read "\" as "/" (so "/\evil.example" leaves the site); controls and spaces are refused.
  if (/[\\\s]|\p{Cc}/u.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, "http://portal.invalid");
  } catch {
    return fallback;
  }
  if (url.origin !== "http://portal.invalid") return fallback;
  const path = url.pathname.replace(/\/+$/, "") || "/";
  if (signInPages.has(path)) return fallback;
  if (otherApplications.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return fallback;
  return url.pathname + url.search + url.hash;
}

/**
 * The sign-in page that comes back to `currentPath` (path and query string) afterwards, e.g.
 * /login?next=/me/messages (slashes kept readable, everything else encoded).
 */
export function signInPathFor(currentPath: string): string {
  const next = safeNextPath(currentPath, "");
  return next === "" ? "/login" : `/login?next=${encodeURIComponent(next).replace(/%2F/g, "/")}`;
}
