import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";

const organizationFields =
  "id code name kind parentId path pathName depth grassrootsClass ownership childCount workerCount";

interface OrganizationRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  path: string;
  pathName: string;
  depth: number;
  grassrootsClass: string | null;
  ownership: string | null;
  childCount: number;
  workerCount: number;
}

describe.each(testProviders())("organizations (%s)", (provider) => {
  let api: ApiHarness;
  let all: { id: number; parentId: number | null; name: string }[];

  /** Ids of an organization and everything below it, found by walking parent links. */
  const subtreeIds = (rootId: number): Set<number> => {
    const ids = new Set([rootId]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const organization of all) {
        if (organization.parentId !== null && ids.has(organization.parentId) && !ids.has(organization.id)) {
          ids.add(organization.id);
          grew = true;
        }
      }
    }
    return ids;
  };
  const idOf = (name: string) => {
    const found = all.find((organization) => organization.name === name);
    if (!found) throw new Error(`no organization named ${name}`);
    return found.id;
  };

  beforeAll(async () => {
    api = await startApiHarness(provider);
    all = await api.server.database.prisma.organization.findMany({ select: { id: true, parentId: true, name: true } });
  });
  afterAll(() => api?.close());

  it("lists the whole tree for the admin, in tree order, with counts and path names", async () => {
    const token = await api.tokenFor("admin");
    const answer = await api.graphql<{ allOrganizations: OrganizationRow[]; _allOrganizationsMeta: { count: number } }>(
      `{ allOrganizations(perPage: 1000) { ${organizationFields} } _allOrganizationsMeta { count } }`,
      {},
      token,
    );
    const rows = answer.data?.allOrganizations ?? [];
    expect(answer.data?._allOrganizationsMeta.count).toBe(all.length);
    expect(rows).toHaveLength(all.length);
    expect(rows[0]).toMatchObject({ name: "锦州市总工会", kind: "CITY_FEDERATION", depth: 0, parentId: null });
    // Depth-first: every organization comes after its parent.
    const position = new Map(rows.map((row, index) => [row.id, index]));
    for (const row of rows) {
      if (row.parentId !== null) expect(position.get(row.parentId)).toBeLessThan(position.get(row.id) as number);
    }
    const gutaId = String(idOf("古塔区总工会"));
    const gutaUnion = rows.find((row) => row.parentId === gutaId && row.kind === "GRASSROOTS_UNION");
    expect(gutaUnion?.pathName).toBe(`锦州市总工会 / 古塔区总工会 / ${gutaUnion?.name}`);
    expect(gutaUnion?.depth).toBe(2);
  });

  it("paginates (0-based pages), sorts and filters the way react-admin asks", async () => {
    const token = await api.tokenFor("admin");
    const page = (n: number) =>
      api.graphql<{ allOrganizations: { name: string }[] }>(
        `query($page: Int) { allOrganizations(page: $page, perPage: 5, sortField: "code", sortOrder: "DESC", filter: { kind: GRASSROOTS_UNION }) { name } }`,
        { page: n },
        token,
      );
    const [first, second] = await Promise.all([page(0), page(1)]);
    const expectedOrder = await api.server.database.prisma.organization.findMany({
      where: { kind: "GRASSROOTS_UNION" },
      orderBy: { code: "desc" },
      select: { name: true },
    });
    expect(first.data?.allOrganizations.map((row) => row.name)).toEqual(
      expectedOrder.slice(0, 5).map((row) => row.name),
    );
    expect(second.data?.allOrganizations.map((row) => row.name)).toEqual(
      expectedOrder.slice(5, 10).map((row) => row.name),
    );

    const classD = await api.graphql<{ allOrganizations: OrganizationRow[] }>(
      `{ allOrganizations(filter: { grassrootsClass: D, ownership: NON_PUBLIC }) { ${organizationFields} } }`,
      {},
      token,
    );
    expect(classD.data?.allOrganizations.length).toBeGreaterThan(0);
    for (const row of classD.data?.allOrganizations ?? [])
      expect(row).toMatchObject({ grassrootsClass: "D", ownership: "NON_PUBLIC" });

    const bad = await api.graphql(`{ allOrganizations(sortField: "passwordHash") { id } }`, {}, token);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_REQUEST");
  });

  it("shows a unit admin only their own subtree, and an organization outside it as absent", async () => {
    const token = await api.tokenFor("unit");
    const guta = subtreeIds(idOf("古塔区总工会"));
    const answer = await api.graphql<{ allOrganizations: OrganizationRow[]; _allOrganizationsMeta: { count: number } }>(
      "{ allOrganizations { id } _allOrganizationsMeta { count } }",
      {},
      token,
    );
    expect(new Set(answer.data?.allOrganizations.map((row) => Number(row.id)))).toEqual(guta);
    expect(answer.data?._allOrganizationsMeta.count).toBe(guta.size);

    const linghe = idOf("凌河区总工会");
    const outside = await api.graphql(`query($id: ID!) { Organization(id: $id) { id } }`, { id: linghe }, token);
    expect(outside.data).toEqual({ Organization: null });
    const update = await api.graphql(
      `mutation($id: ID!) { updateOrganization(id: $id, name: "改名") { id } }`,
      { id: linghe },
      token,
    );
    expect(update.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("lets a unit admin add a grassroots union under their county, and refuses one under another county", async () => {
    const token = await api.tokenFor("unit");
    const create = `mutation($parentId: ID, $code: String!) {
      createOrganization(code: $code, name: "锦州测试精密机械有限公司工会", kind: GRASSROOTS_UNION, parentId: $parentId,
        grassrootsClass: A, ownership: NON_PUBLIC, frontlineHeadcount: 120) { ${organizationFields} } }`;
    const created = await api.graphql<{ createOrganization: OrganizationRow }>(
      create,
      { parentId: idOf("古塔区总工会"), code: "TEST-GT-900" },
      token,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createOrganization).toMatchObject({
      pathName: "锦州市总工会 / 古塔区总工会 / 锦州测试精密机械有限公司工会",
      depth: 2,
      childCount: 0,
      workerCount: 0,
    });
    const elsewhere = await api.graphql(create, { parentId: idOf("凌河区总工会"), code: "TEST-LH-900" }, token);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(elsewhere.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: "parentId",
      code: "PARENT_NOT_FOUND",
    });

    const duplicate = await api.graphql(create, { parentId: idOf("古塔区总工会"), code: "TEST-GT-900" }, token);
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("ORGANIZATION_CODE_TAKEN");
    expect(duplicate.errors?.[0]?.message).toBe("该组织代码已被使用");
  });

  it("reports every problem of an invalid organization at once, in Chinese", async () => {
    const token = await api.tokenFor("admin");
    const answer = await api.graphql(
      `mutation($parentId: ID) { createOrganization(code: "x", name: " ", kind: GRASSROOTS_UNION, parentId: $parentId, grassrootsClass: D, frontlineHeadcount: 12) { id } }`,
      { parentId: idOf("古塔区总工会") },
      token,
    );
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(error?.extensions?.fieldErrors?.map((fieldError) => fieldError.field).sort()).toEqual(
      ["code", "frontlineHeadcount", "name", "ownership"].sort(),
    );
    expect(error?.message).toMatch(/共 4 处/);
  });

  it("moves an organization with its whole subtree, and refuses a move under its own descendant", async () => {
    const token = await api.tokenFor("admin");
    const prisma = api.server.database.prisma;
    const industry = await prisma.organization.findFirstOrThrow({
      where: { kind: "INDUSTRY_UNION", children: { some: {} } },
      include: { children: true },
    });
    const county = idOf("义县总工会");
    const moved = await api.graphql<{ updateOrganization: OrganizationRow }>(
      `mutation($id: ID!, $parentId: ID) { updateOrganization(id: $id, parentId: $parentId) { ${organizationFields} } }`,
      { id: industry.id, parentId: county },
      token,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateOrganization.pathName).toBe(`锦州市总工会 / 义县总工会 / ${industry.name}`);
    const child = industry.children[0];
    if (!child) throw new Error("the industry union has children");
    const childAfter = await api.graphql<{ Organization: OrganizationRow }>(
      `query($id: ID!) { Organization(id: $id) { ${organizationFields} } }`,
      { id: child.id },
      token,
    );
    expect(childAfter.data?.Organization.pathName).toBe(`锦州市总工会 / 义县总工会 / ${industry.name} / ${child.name}`);
    expect(childAfter.data?.Organization.depth).toBe(3);

    const cycle = await api.graphql(
      `mutation($id: ID!, $parentId: ID) { updateOrganization(id: $id, parentId: $parentId) { id } }`,
      { id: county, parentId: industry.id },
      token,
    );
    expect(cycle.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe("ORGANIZATION_CYCLE");
  });

  it("refuses to delete an organization that still has sub-organizations or workers", async () => {
    const token = await api.tokenFor("admin");
    const withChildren = await api.graphql(
      `mutation($id: ID!) { deleteOrganization(id: $id) { id } }`,
      { id: idOf("凌海市总工会") },
      token,
    );
    expect(withChildren.errors?.[0]?.extensions?.code).toBe("ORGANIZATION_HAS_CHILDREN");
    const withWorkers = await api.server.database.prisma.organization.findFirstOrThrow({
      where: { workers: { some: {} } },
    });
    const answer = await api.graphql(
      `mutation($id: ID!) { deleteOrganization(id: $id) { id } }`,
      { id: withWorkers.id },
      token,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe("ORGANIZATION_HAS_MEMBERS");
  });

  it("deletes an empty organization and answers with what was deleted", async () => {
    const token = await api.tokenFor("admin");
    const created = await api.graphql<{ createOrganization: { id: string } }>(
      `mutation($parentId: ID) { createOrganization(code: "TEST-DEL-1", name: "待删除的产业工会", kind: INDUSTRY_UNION, parentId: $parentId) { id } }`,
      { parentId: idOf("锦州市总工会") },
      token,
    );
    const id = created.data?.createOrganization.id;
    const deleted = await api.graphql<{ deleteOrganization: OrganizationRow }>(
      `mutation($id: ID!) { deleteOrganization(id: $id) { ${organizationFields} } }`,
      { id },
      token,
    );
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteOrganization).toMatchObject({ id, name: "待删除的产业工会", childCount: 0 });
    expect((await api.graphql(`query($id: ID!) { Organization(id: $id) { id } }`, { id }, token)).data).toEqual({
      Organization: null,
    });
  });

  it("does not let organizers, judges or workers change organizations", async () => {
    for (const username of ["organizer", "judge", "worker"]) {
      const answer = await api.graphql(
        `mutation { createOrganization(code: "TEST-NO", name: "不应建立", kind: INDUSTRY_UNION) { id } }`,
        {},
        await api.tokenFor(username),
      );
      expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(answer.errors?.[0]?.message).toBe("您没有权限执行此操作");
    }
  });
});
