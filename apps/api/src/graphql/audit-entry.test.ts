import { testProviders } from "@jinzhou/db/testing";
import { composeIdNumber, maskIdNumber, maskPhone } from "@jinzhou/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";

interface AuditRow {
  id: string;
  at: string;
  actor: { id: string; username: string; displayName: string } | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
}

const auditFields = "id at actor { id username displayName } actorRole action entityType entityId before after";
const listAudit = `query($filter: AuditEntryFilter, $sortField: String, $sortOrder: String) {
  allAuditEntries(filter: $filter, sortField: $sortField, sortOrder: $sortOrder) { ${auditFields} }
  _allAuditEntriesMeta(filter: $filter) { count } }`;

const idNumber = composeIdNumber("210702", "1991-03-08", 345);
const phone = "13904160077";

describe.each(testProviders())("audit log (%s)", (provider) => {
  let api: ApiHarness;
  let gutaUnionId: number;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    const guta = await prisma.organization.findFirstOrThrow({ where: { name: "古塔区总工会" } });
    gutaUnionId = (
      await prisma.organization.findFirstOrThrow({
        where: { kind: "GRASSROOTS_UNION", path: { startsWith: guta.path } },
      })
    ).id;
  });
  afterAll(() => api?.close());

  const entriesFor = async (filter: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const answer = await api.graphql<{ allAuditEntries: AuditRow[]; _allAuditEntriesMeta: { count: number } }>(
      listAudit,
      { filter, ...extra },
      await api.tokenFor("admin"),
    );
    expect(answer.errors).toBeUndefined();
    return answer.data?.allAuditEntries ?? [];
  };

  it("records a unit admin creating and updating a worker, newest first, with the numbers masked", async () => {
    const unit = await api.tokenFor("unit");
    const created = await api.graphql<{ createWorker: { id: string } }>(
      `mutation($idNumber: String!, $phone: String!, $organizationId: ID!) {
        createWorker(name: "钱 审计", idNumber: $idNumber, phone: $phone, organizationId: $organizationId,
          trade: "钳工", positionCategory: FRONT_LINE) { id } }`,
      { idNumber, phone, organizationId: gutaUnionId },
      unit,
    );
    expect(created.errors).toBeUndefined();
    const workerId = created.data?.createWorker.id as string;
    const updated = await api.graphql(
      `mutation($id: ID!) { updateWorker(id: $id, trade: "焊工") { id } }`,
      { id: workerId },
      unit,
    );
    expect(updated.errors).toBeUndefined();

    const entries = await entriesFor({ entityType: "Worker", entityId: workerId });
    expect(entries.map((entry) => entry.action)).toEqual(["WORKER_UPDATE", "WORKER_CREATE"]);
    const [update, create] = entries as [AuditRow, AuditRow];
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actor: { username: "unit" },
        actorRole: "UNIT_ADMIN",
        entityType: "Worker",
        entityId: workerId,
      });
      expect(`${entry.before}${entry.after}`).not.toContain(idNumber);
      expect(`${entry.before}${entry.after}`).not.toContain(phone);
    }
    expect(create.before).toBeNull();
    expect(JSON.parse(create.after ?? "null")).toMatchObject({
      name: "钱 审计",
      idNumber: maskIdNumber(idNumber),
      phone: maskPhone(phone),
      birthDate: "1991-03-08",
      trade: "钳工",
    });
    expect(JSON.parse(update.before ?? "null")).toMatchObject({ trade: "钳工", idNumber: maskIdNumber(idNumber) });
    expect(JSON.parse(update.after ?? "null")).toMatchObject({ trade: "焊工", idNumber: maskIdNumber(idNumber) });

    // Masked where it is stored, not only where it is shown.
    const stored = await api.server.database.prisma.auditEntry.findMany({ where: { entityType: "Worker" } });
    expect(JSON.stringify(stored)).not.toContain(idNumber);

    const one = await api.graphql<{ AuditEntry: AuditRow }>(
      `query($id: ID!) { AuditEntry(id: $id) { ${auditFields} } }`,
      { id: create.id },
      await api.tokenFor("admin"),
    );
    expect(one.data?.AuditEntry).toEqual(create);

    const deleted = await api.graphql(`mutation($id: ID!) { deleteWorker(id: $id) { id } }`, { id: workerId }, unit);
    expect(deleted.errors).toBeUndefined();
    const afterDelete = await entriesFor({ entityType: "Worker", entityId: workerId, action: "WORKER_DELETE" });
    expect(afterDelete).toHaveLength(1);
    expect(afterDelete[0]?.after).toBeNull();
    expect(JSON.parse(afterDelete[0]?.before ?? "null")).toMatchObject({ trade: "焊工" });
  });

  it("records creating, renaming and deleting an organization", async () => {
    const admin = await api.tokenFor("admin");
    const guta = await api.server.database.prisma.organization.findFirstOrThrow({ where: { name: "古塔区总工会" } });
    const created = await api.graphql<{ createOrganization: { id: string } }>(
      `mutation($parentId: ID) { createOrganization(code: "AUDIT-1", name: "锦州审计测试有限公司工会", kind: GRASSROOTS_UNION,
        parentId: $parentId, grassrootsClass: C, ownership: NON_PUBLIC, frontlineHeadcount: 30) { id } }`,
      { parentId: guta.id },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createOrganization.id as string;
    const renamed = await api.graphql(
      `mutation($id: ID!) { updateOrganization(id: $id, name: "锦州审计改名有限公司工会") { id } }`,
      { id },
      admin,
    );
    expect(renamed.errors).toBeUndefined();
    const deleted = await api.graphql(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id }, admin);
    expect(deleted.errors).toBeUndefined();

    const entries = await entriesFor(
      { entityType: "Organization", entityId: id },
      { sortField: "id", sortOrder: "ASC" },
    );
    expect(entries.map((entry) => entry.action)).toEqual([
      "ORGANIZATION_CREATE",
      "ORGANIZATION_UPDATE",
      "ORGANIZATION_DELETE",
    ]);
    expect(entries.every((entry) => entry.actor?.username === "admin" && entry.actorRole === "ADMIN")).toBe(true);
    expect(JSON.parse(entries[1]?.before ?? "null")).toMatchObject({ name: "锦州审计测试有限公司工会" });
    expect(JSON.parse(entries[1]?.after ?? "null")).toMatchObject({ name: "锦州审计改名有限公司工会" });
    expect((await entriesFor({ q: "ORGANIZATION_" })).length).toBeGreaterThanOrEqual(3);
  });

  it("filters by China calendar day: the day starts at 16:00 UTC the day before", async () => {
    const prisma = api.server.database.prisma;
    const [lastOfNinth, firstOfTenth] = ["2015-10-09T15:59:59.999Z", "2015-10-09T16:00:00.000Z"];
    await prisma.auditEntry.createMany({
      data: [lastOfNinth, firstOfTenth].map((at) => ({
        at: new Date(at),
        action: "BOUNDARY_TEST",
        entityType: "Test",
      })),
    });
    const at = async (filter: Record<string, unknown>) =>
      (await entriesFor({ action: "BOUNDARY_TEST", ...filter })).map((entry) => entry.at);
    expect(await at({ from: "2015-10-10", to: "2015-10-10" })).toEqual([firstOfTenth]);
    expect(await at({ to: "2015-10-09" })).toEqual([lastOfNinth]);
    expect(await at({ from: "2015-10-09", to: "2015-10-10" })).toEqual([firstOfTenth, lastOfNinth]);
    expect(await at({ from: "2015-10-11" })).toEqual([]);

    const wrong = await api.graphql(listAudit, { filter: { from: "2015-02-30" } }, await api.tokenFor("admin"));
    expect(wrong.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(wrong.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({ field: "from", code: "DATE_INVALID" });
  });

  it("is the admin's alone: every other role is refused", async () => {
    for (const username of ["organizer", "unit", "judge", "worker"]) {
      const token = await api.tokenFor(username);
      const list = await api.graphql("{ allAuditEntries { id } }", {}, token);
      expect(list.errors?.[0]?.extensions?.code, username).toBe("FORBIDDEN");
      expect(list.errors?.[0]?.message).toBe("您没有权限执行此操作");
      const meta = await api.graphql("{ _allAuditEntriesMeta { count } }", {}, token);
      expect(meta.errors?.[0]?.extensions?.code, username).toBe("FORBIDDEN");
      const one = await api.graphql('{ AuditEntry(id: "1") { id } }', {}, token);
      expect(one.errors?.[0]?.extensions?.code, username).toBe("FORBIDDEN");
    }
    const signedOut = await api.graphql("{ allAuditEntries { id } }");
    expect(signedOut.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
