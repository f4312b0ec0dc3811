/**
 * The signed-in user's token, kept in localStorage so a reload keeps the session. It is sent as
 * `Authorization: Bearer <token>` with every GraphQL request.
 */
const tokenKey = "jinzhou.admin.token";

export function readToken(): string | null {
  return localStorage.getItem(tokenKey);
}

export function writeToken(token: string): void {
  localStorage.setItem(tokenKey, token);
}

export function clearToken(): void {
  localStorage.removeItem(tokenKey);
}
