import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { graphqlFetch, requestGraphql } from "./graphqlFetch.ts";

const stored = new Map<string, string>();

beforeEach(() => {
  stored.clear();
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => stored.set(key, value),
    removeItem: (key: string) => stored.delete(key),
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function answer(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
  );
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

describe("graphqlFetch", () => {
  it("sends the stored token as a bearer token", async () => {
    stored.set("jinzhou.admin.token", "abc.def.ghi");
    const fetch = answer(200, { data: { me: null } });
    await graphqlFetch("/graphql", { method: "POST", body: "{}" });
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get("Authorization")).toBe("Bearer abc.def.ghi");
  });

  it("hands GraphQL errors of a non-2xx answer to Apollo as a GraphQL response, keeping the status", async () => {
    answer(401, { errors: [{ message: "请先登录", extensions: { code: "UNAUTHENTICATED" } }] });
    const response = await graphqlFetch("/graphql", { method: "POST", body: "{}" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      errors: [{ message: "请先登录", extensions: { code: "UNAUTHENTICATED", httpStatus: 401 } }],
    });
  });

  it("leaves other failures alone", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("Bad gateway", { status: 502 })),
    );
    const response = await graphqlFetch("/graphql", { method: "POST", body: "{}" });
    expect(response.status).toBe(502);
  });
});

describe("requestGraphql", () => {
  it("returns the data", async () => {
    answer(200, { data: { me: { id: "1" } } });
    expect(await requestGraphql("query { me { id } }")).toEqual({ me: { id: "1" } });
  });

  it("rejects with the API's Chinese message", async () => {
    answer(200, { data: null, errors: [{ message: "用户名或密码错误", extensions: { code: "INVALID_CREDENTIALS" } }] });
    await expect(requestGraphql("mutation { login }")).rejects.toMatchObject({
      message: "用户名或密码错误",
      status: 401,
    });
  });

  it("rejects with a translatable message when the server cannot be reached", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))),
    );
    await expect(requestGraphql("query { me { id } }")).rejects.toMatchObject({
      message: "ra.notification.http_error",
    });
  });
});
