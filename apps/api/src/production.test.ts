import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "./test/api-harness.ts";

// One database is enough here: these are properties of the HTTP layer.
const provider = testProviders()[0] ?? "sqlite";

describe("in production mode", () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness(provider, { production: true });
  });
  afterAll(() => api?.close());

  it("answers /healthz with the version and a reachable database", async () => {
    const response = await fetch(`${api.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: { provider, reachable: true },
    });
  });

  it("refuses introspection", async () => {
    const answer = await api.graphql("{ __schema { queryType { name } } }");
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.errors?.[0]?.message).toMatch(/^请求格式不正确/);
  });

  it("shows no landing page", async () => {
    const response = await fetch(`${api.server.url}/graphql`, { headers: { accept: "text/html" } });
    expect(await response.text()).not.toMatch(/<html/i);
  });

  it("keeps CSRF prevention on: a simple GET request without a preflight header is refused", async () => {
    const response = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent("{ me { id } }")}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(allowed.status).toBe(200);
  });

  it("serves the workers' portal at / (not a redirect to the admin) under the apps' content security policy", async () => {
    const response = await fetch(`${api.server.url}/`, { redirect: "manual" });
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
  });

  it("refuses a query nested too deep before running it", async () => {
    const deep =
      "{ allOrganizations { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } }";
    // allOrganizations, eight parents and id: 10 levels.
    const answer = await api.graphql(deep, {}, await api.tokenFor("admin"));
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(answer.errors?.[0]?.message).toBe("请求格式不正确：查询嵌套 10 层，最多允许 8 层");
  });
});
