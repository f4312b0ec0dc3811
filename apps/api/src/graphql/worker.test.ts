import { testProviders } from "@jinzhou/db/testing";
import { composeIdNumber } from "@jinzhou/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";

const workerFields =
  "id name idNumber phone sensitiveMasked gender birthDate age youngWorker organizationId organizationPathName trade skillGrade positionCategory migrantWorker memberCardNumber";

interface WorkerRow {
  id: string;
  name: string;
  idNumber: string;
  phone: string;
  sensitiveMasked: boolean;
  gender: string;
  birthDate: string;
  age: number;
  youngWorker: boolean;
  organizationId: string;
  organizationPathName: string;
  trade: string;
}

// 21070219900517123 → check character by GB 11643:
//   digits   2  1  0  7  0  2  1  9  9  0  0  5  1  7  1  2  3
//   weights  7  9 10  5  8  4  2  1  6  3  7  9 10  5  8  4  2
//   products 14 9  0 35  0  8  2  9 54  0  0 45 10 35  8  8  6  → sum 243
//   243 mod 11 = 1 → "10X98765432"[1] = "0"
const newWorkerIdNumber = "210702199005171230";

describe.each(testProviders())("workers (%s)", (provider) => {
  let api: ApiHarness;
  let gutaUnionId: number;
  let lingheUnionId: number;

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    const guta = await prisma.organization.findFirstOrThrow({ where: { name: "古塔区总工会" } });
    const linghe = await prisma.organization.findFirstOrThrow({ where: { name: "凌河区总工会" } });
    gutaUnionId = (
      await prisma.organization.findFirstOrThrow({
        where: { kind: "GRASSROOTS_UNION", path: { startsWith: guta.path } },
      })
    ).id;
    lingheUnionId = (
      await prisma.organization.findFirstOrThrow({
        where: { kind: "GRASSROOTS_UNION", path: { startsWith: linghe.path } },
      })
    ).id;
  });
  afterAll(() => api?.close());

  const create = (variables: Record<string, unknown>, token: string) =>
    api.graphql<{ createWorker: WorkerRow }>(
      `mutation($name: String!, $idNumber: String!, $phone: String!, $organizationId: ID!, $trade: String!, $memberCardNumber: String) {
        createWorker(name: $name, idNumber: $idNumber, phone: $phone, organizationId: $organizationId, trade: $trade,
          skillGrade: GRADE_3, positionCategory: FRONT_LINE, migrantWorker: true, memberCardNumber: $memberCardNumber) { ${workerFields} } }`,
      variables,
      token,
    );

  it("hand-checked ID number agrees with the domain's check digit", () => {
    expect(composeIdNumber("210702", "1990-05-17", 123)).toBe(newWorkerIdNumber);
  });

  it("creates a worker with gender and birth date taken from the ID number", async () => {
    const token = await api.tokenFor("unit");
    const answer = await create(
      {
        name: "  赵  铁柱 ",
        idNumber: newWorkerIdNumber.toLowerCase(),
        phone: "139-0416-0001",
        organizationId: gutaUnionId,
        trade: "钳工",
        memberCardNumber: "JZ-TEST-0001",
      },
      token,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.createWorker).toMatchObject({
      name: "赵 铁柱",
      idNumber: newWorkerIdNumber,
      phone: "13904160001",
      sensitiveMasked: false,
      // the 17th digit 3 is odd: male
      gender: "MALE",
      birthDate: "1990-05-17",
      trade: "钳工",
    });
  });

  it("refuses the same ID number twice, naming the field", async () => {
    const token = await api.tokenFor("admin");
    const answer = await create(
      { name: "重复", idNumber: newWorkerIdNumber, phone: "13904160002", organizationId: gutaUnionId, trade: "车工" },
      token,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe("WORKER_ID_NUMBER_TAKEN");
    expect(answer.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: "idNumber", code: "WORKER_ID_NUMBER_TAKEN", message: "该身份证号已登记，同一职工不能重复录入" },
    ]);
  });

  it("reports every invalid field at once, with stable codes and Chinese messages, and writes nothing", async () => {
    const token = await api.tokenFor("admin");
    const before = await api.server.database.prisma.worker.count();
    const answer = await create(
      { name: "", idNumber: "210702199005171231", phone: "12345", organizationId: gutaUnionId, trade: "" },
      token,
    );
    const error = answer.errors?.[0];
    expect(error?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(error?.extensions?.fieldErrors?.map(({ field, code }) => `${field}:${code}`).sort()).toEqual([
      "idNumber:ID_NUMBER_CHECK_DIGIT",
      "name:REQUIRED",
      "phone:PHONE_FORMAT",
      "trade:REQUIRED",
    ]);
    expect(error?.message).toBe("提交的内容有误，请按提示修改（共 4 处）");
    expect(await api.server.database.prisma.worker.count()).toBe(before);
  });

  it("refuses to enrol a worker in a county federation or outside the unit admin's subtree", async () => {
    const token = await api.tokenFor("unit");
    const guta = await api.server.database.prisma.organization.findFirstOrThrow({ where: { name: "古塔区总工会" } });
    const notGrassroots = await create(
      {
        name: "钱多多",
        idNumber: composeIdNumber("210702", "1992-02-29", 42),
        phone: "13904160003",
        organizationId: guta.id,
        trade: "电工",
      },
      token,
    );
    expect(notGrassroots.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: "organizationId",
      code: "NOT_GRASSROOTS",
    });
    const outside = await create(
      {
        name: "钱多多",
        idNumber: composeIdNumber("210703", "1992-02-29", 42),
        phone: "13904160003",
        organizationId: lingheUnionId,
        trade: "电工",
      },
      token,
    );
    expect(outside.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({
      field: "organizationId",
      code: "ORGANIZATION_NOT_FOUND",
    });
  });

  it("masks ID and phone numbers for organizers, shows them to the admin and the unit admin", async () => {
    const query = `query($filter: WorkerFilter) { allWorkers(filter: $filter) { ${workerFields} } }`;
    const filter = { q: "赵 铁柱" };
    const [admin, unit, organizer] = await Promise.all(
      ["admin", "unit", "organizer"].map(async (username) =>
        api.graphql<{ allWorkers: WorkerRow[] }>(query, { filter }, await api.tokenFor(username)),
      ),
    );
    expect(admin?.data?.allWorkers[0]).toMatchObject({
      idNumber: newWorkerIdNumber,
      phone: "13904160001",
      sensitiveMasked: false,
    });
    expect(unit?.data?.allWorkers[0]).toMatchObject({ idNumber: newWorkerIdNumber, sensitiveMasked: false });
    expect(organizer?.data?.allWorkers[0]).toMatchObject({
      idNumber: "210702********1230",
      phone: "139****0001",
      sensitiveMasked: true,
    });
    // An organizer cannot find a worker by guessing the digits of an ID number they only see masked.
    const guess = await api.graphql<{ allWorkers: WorkerRow[] }>(
      query,
      { filter: { q: newWorkerIdNumber } },
      await api.tokenFor("organizer"),
    );
    expect(guess.data?.allWorkers).toEqual([]);
  });

  it("shows a unit admin only the workers of their subtree, and a worker only themselves", async () => {
    const prisma = api.server.database.prisma;
    const guta = await prisma.organization.findFirstOrThrow({ where: { name: "古塔区总工会" } });
    const expected = await prisma.worker.count({ where: { organization: { path: { startsWith: guta.path } } } });
    const unit = await api.graphql<{ _allWorkersMeta: { count: number } }>(
      "{ _allWorkersMeta { count } }",
      {},
      await api.tokenFor("unit"),
    );
    expect(unit.data?._allWorkersMeta.count).toBe(expected);
    expect(expected).toBeLessThan(await prisma.worker.count());

    const outsider = await prisma.worker.findFirstOrThrow({ where: { organizationId: lingheUnionId } });
    const hidden = await api.graphql(
      `query($id: ID!) { Worker(id: $id) { id } }`,
      { id: outsider.id },
      await api.tokenFor("unit"),
    );
    expect(hidden.data).toEqual({ Worker: null });

    const self = await api.graphql<{ allWorkers: WorkerRow[] }>(
      `{ allWorkers { ${workerFields} } }`,
      {},
      await api.tokenFor("worker"),
    );
    const account = await prisma.user.findUniqueOrThrow({ where: { username: "worker" } });
    expect(self.data?.allWorkers.map((row) => Number(row.id))).toEqual([account.workerId]);
    expect(self.data?.allWorkers[0]?.sensitiveMasked).toBe(false);
  });

  it("keeps judges away from the roster", async () => {
    const answer = await api.graphql("{ allWorkers { id } }", {}, await api.tokenFor("judge"));
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("filters young workers (35 or younger today, China time) and non-public enterprises", async () => {
    const token = await api.tokenFor("admin");
    const answer = await api.graphql<{
      allWorkers: WorkerRow[];
      young: { count: number };
      old: { count: number };
      all: { count: number };
    }>(
      `{ allWorkers(filter: { youngWorker: true }) { age youngWorker }
         young: _allWorkersMeta(filter: { youngWorker: true }) { count }
         old: _allWorkersMeta(filter: { youngWorker: false }) { count }
         all: _allWorkersMeta { count } }`,
      {},
      token,
    );
    const data = answer.data;
    expect(data?.young.count).toBeGreaterThan(0);
    expect((data?.young.count ?? 0) + (data?.old.count ?? 0)).toBe(data?.all.count);
    for (const row of data?.allWorkers ?? []) {
      expect(row.youngWorker).toBe(true);
      expect(row.age).toBeLessThanOrEqual(35);
    }
    const nonPublic = await api.graphql<{ allWorkers: { organizationId: string }[] }>(
      "{ allWorkers(filter: { ownership: NON_PUBLIC }) { organizationId } }",
      {},
      token,
    );
    const ids = new Set(nonPublic.data?.allWorkers.map((row) => Number(row.organizationId)));
    expect(ids.size).toBeGreaterThan(0);
    const owners = await api.server.database.prisma.organization.findMany({ where: { id: { in: [...ids] } } });
    expect(owners.every((organization) => organization.ownership === "NON_PUBLIC")).toBe(true);
  });

  it("updates a worker, re-deriving the birth date when the ID number changes, then deletes them", async () => {
    const token = await api.tokenFor("unit");
    const prisma = api.server.database.prisma;
    const worker = await prisma.worker.findUniqueOrThrow({ where: { idNumber: newWorkerIdNumber } });
    const newId = composeIdNumber("210702", "1988-11-02", 246);
    const updated = await api.graphql<{ updateWorker: WorkerRow }>(
      `mutation($id: ID!, $idNumber: String) { updateWorker(id: $id, idNumber: $idNumber, trade: "焊工") { ${workerFields} } }`,
      { id: worker.id, idNumber: newId },
      token,
    );
    expect(updated.errors).toBeUndefined();
    // sequence 246: the 17th digit 6 is even, female
    expect(updated.data?.updateWorker).toMatchObject({
      birthDate: "1988-11-02",
      gender: "FEMALE",
      trade: "焊工",
      name: "赵 铁柱",
    });

    const deleted = await api.graphql<{ deleteWorker: WorkerRow }>(
      `mutation($id: ID!) { deleteWorker(id: $id) { id name } }`,
      { id: worker.id },
      token,
    );
    expect(deleted.data?.deleteWorker).toEqual({ id: String(worker.id), name: "赵 铁柱" });
    expect(await prisma.worker.findUnique({ where: { id: worker.id } })).toBeNull();
  });

  it("never writes a full ID number or phone number to the log", async () => {
    const token = await api.tokenFor("admin");
    const idNumber = composeIdNumber("210711", "1985-03-08", 515);
    await create({ name: "孙日志", idNumber, phone: "13700001111", organizationId: gutaUnionId, trade: "电工" }, token);
    await create({ name: "孙日志", idNumber, phone: "13700001111", organizationId: gutaUnionId, trade: "电工" }, token);
    const log = api.logLines.join("\n");
    expect(log).not.toContain(idNumber);
    expect(log).not.toContain("13700001111");
    expect(log).not.toContain(newWorkerIdNumber);
  });

  it("refuses to delete a worker who has entered an activity, keeping the history", async () => {
    const prisma = api.server.database.prisma;
    const worker = await prisma.worker.findFirstOrThrow({ where: { organizationId: gutaUnionId, user: null } });
    const admin = await prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
    const department = await prisma.department.findFirstOrThrow({ where: { name: "文化宫" } });
    const activity = await prisma.activity.create({
      data: {
        code: `TEST-${provider}`,
        name: "第一届职工羽毛球比赛",
        kind: "TOURNAMENT",
        year: 2015,
        configuration: {},
        departmentId: department.id,
        createdById: admin.id,
      },
    });
    const category = await prisma.category.create({
      data: { activityId: activity.id, key: "MS", name: "男单", entrantType: "INDIVIDUAL", capacity: 32 },
    });
    await prisma.registration.create({
      data: {
        activityId: activity.id,
        categoryId: category.id,
        entrantType: "INDIVIDUAL",
        channel: "SELF_REGISTRATION",
        state: "CONFIRMED",
        organizationId: gutaUnionId,
        members: { create: { workerId: worker.id, isLeader: true } },
      },
    });
    const answer = await api.graphql(
      `mutation($id: ID!) { deleteWorker(id: $id) { id } }`,
      { id: worker.id },
      await api.tokenFor("admin"),
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe("RECORD_IN_USE");
    expect(answer.errors?.[0]?.message).toBe("该记录已被活动报名、名额或评审等数据使用，不能删除");
    expect(await prisma.worker.findUnique({ where: { id: worker.id } })).not.toBeNull();
  });
});
