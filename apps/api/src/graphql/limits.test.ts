import { testProviders } from "@jinzhou/db/testing";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { maxQueryCost, operationCost } from "./query-cost.ts";
import { schema } from "./schema.ts";

const organizationFields =
  "id code name kind path depth parentId pathName childCount workerCount grassrootsClass ownership";

describe("operationCost", () => {
  const cost = (query: string, variables: Record<string, unknown> = {}) =>
    operationCost(schema, parse(query), undefined, variables);

  it("counts each field once and a page's selection once per row", () => {
    // 3 scalar fields: 3.
    expect(cost("{ me { id username } }")).toBe(3);
    // allOrganizations counts 1, plus 20 rows × (2 fields + parent with 1 field = 2 + 2) = 1 + 80.
    expect(cost("{ allOrganizations(perPage: 20) { id name parent { id } } }")).toBe(81);
    // The page size sent in variables is the one priced.
    expect(cost("query($n: Int) { allOrganizations(perPage: $n) { id } }", { n: 7 })).toBe(8);
    // Without perPage a list returns its first 100 rows and is priced so.
    expect(cost("{ allOrganizations { id name } }")).toBe(201);
    // A list's count (`_allXMeta`) takes the list's arguments but is one row.
    expect(cost("{ _allOrganizationsMeta(perPage: 50) { count } }")).toBe(2);
    // Fragments count like the fields they hold.
    expect(cost("{ allOrganizations(perPage: 10) { ...F } } fragment F on Organization { id name }")).toBe(21);
    expect(maxQueryCost).toBe(25_000);
  });
});

describe.each(testProviders())("limits on every operation over HTTP (%s)", (provider) => {
  let api: ApiHarness;
  let admin: string;
  beforeAll(async () => {
    api = await startApiHarness(provider);
    admin = await api.tokenFor("admin");
  });
  afterAll(() => api?.close());

  const pageQuery = `query($perPage: Int) { allOrganizations(perPage: $perPage) { ${organizationFields} parent { ${organizationFields} } } }`;

  it("refuses a query costing more than 25,000 with QUERY_TOO_COMPLEX before any resolver runs", async () => {
    // 25 fields per row: 1 + 1000 × 25 = 25,001.
    const refused = await api.graphql(pageQuery, { perPage: 1000 }, admin);
    expect(refused.status).toBe(400);
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]).toMatchObject({
      message: "查询过于复杂，请减少字段、嵌套层数或每页条数后再试（本次查询计算量 25001，最多允许 25000）",
      extensions: { code: "QUERY_TOO_COMPLEX" },
    });
    // The same selection for a page of 50 costs 1 + 50 × 25 = 1,251 and runs.
    const page = await api.graphql<{ allOrganizations: unknown[] }>(pageQuery, { perPage: 50 }, admin);
    expect(page.errors).toBeUndefined();
    expect(page.data?.allOrganizations.length).toBeGreaterThan(0);
  });

  it("caps the page size at 1,000 rows", async () => {
    const answer = await api.graphql("{ allOrganizations(perPage: 1001) { id } }", {}, admin);
    expect(answer.errors?.[0]).toMatchObject({
      message: "分页参数不正确：每页 1–1000 条，页码从 0 开始",
      extensions: { code: "BAD_REQUEST" },
    });
  });

  it("refuses queries nested deeper than 8 levels or with more than 30 aliases", async () => {
    const deep = await api.graphql(
      "{ allOrganizations(perPage: 1) { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } }",
      {},
      admin,
    );
    expect(deep.errors?.[0]?.message).toBe("请求格式不正确：查询嵌套 10 层，最多允许 8 层");
    expect(deep.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const aliases = Array.from({ length: 31 }, (_, index) => `a${index}: id`).join(" ");
    const aliased = await api.graphql(`{ me { ${aliases} } }`, {}, admin);
    expect(aliased.errors?.[0]?.message).toBe("请求格式不正确：查询使用了 31 个别名，最多允许 30 个");
  });
});
