import { describe, expect, it } from "vitest";
import { safeNextPath, signInPathFor } from "./next-path.ts";

describe("safeNextPath", () => {
  it("follows a path of the portal with its query string and fragment", () => {
    expect(safeNextPath("/me/messages")).toBe("/me/messages");
    expect(safeNextPath("/activities/3/register/7?from=home#rules")).toBe("/activities/3/register/7?from=home#rules");
    expect(safeNextPath("/")).toBe("/");
  });

  it("goes to /me when there is no next or it is empty", () => {
    expect(safeNextPath(null)).toBe("/me");
    expect(safeNextPath(undefined)).toBe("/me");
    expect(safeNextPath("")).toBe("/me");
  });

  it("refuses anything that could leave the site", () => {
    for (const raw of [
      "https://evil.example/",
      "//evil.example/me",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "me/messages",
      "/me\n/messages",
      " /me",
    ]) {
      expect([raw, safeNextPath(raw)]).toEqual([raw, "/me"]);
    }
  });

  it("does not come back to a sign-in page or go to another application of the server", () => {
    expect(safeNextPath("/login?next=/me")).toBe("/me");
    expect(safeNextPath("/activate/")).toBe("/me");
    expect(safeNextPath("/reset-password")).toBe("/me");
    expect(safeNextPath("/admin/")).toBe("/me");
    expect(safeNextPath("/graphql")).toBe("/me");
    expect(safeNextPath("/files/attachments/3")).toBe("/me");
    // Only whole path segments count: /administration would be a page of the portal.
    expect(safeNextPath("/administration")).toBe("/administration");
  });

  it("uses the fallback it is given", () => {
    expect(safeNextPath("https://evil.example/", "/")).toBe("/");
  });
});

describe("signInPathFor", () => {
  it("sends to /login with the page to come back to", () => {
    expect(signInPathFor("/me/messages")).toBe("/login?next=/me/messages");
    expect(signInPathFor("/activities/3?tab=rules&x=1")).toBe("/login?next=/activities/3%3Ftab%3Drules%26x%3D1");
    expect(new URLSearchParams(signInPathFor("/activities/3?tab=rules&x=1").split("?")[1]).get("next")).toBe(
      "/activities/3?tab=rules&x=1",
    );
  });

  it("leaves next out when the page is itself a sign-in page", () => {
    expect(signInPathFor("/login")).toBe("/login");
  });
});

describe("withNext", () => {
  it("carries a safe next from one sign-in page to another and drops an unsafe one", async () => {
    const { withNext } = await import("./with-next.ts");
    expect(withNext("/activate", "/me/messages")).toBe("/activate?next=/me/messages");
    expect(withNext("/reset-password", null)).toBe("/reset-password");
    expect(withNext("/login", "https://evil.example/")).toBe("/login");
  });
});
