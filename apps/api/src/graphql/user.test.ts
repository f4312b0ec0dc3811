import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";

const userFields = "id username displayName role organizationId departmentId workerId workerName active locked";
const create = `mutation($username: String!, $displayName: String!, $password: String!, $role: Role!,
  $organizationId: ID!, $departmentId: ID, $workerId: ID) {
  createUser(username: $username, displayName: $displayName, password: $password, role: $role,
    organizationId: $organizationId, departmentId: $departmentId, workerId: $workerId) { ${userFields} }
}`;
const update = `mutation($id: ID!, $role: Role, $organizationId: ID, $departmentId: ID, $workerId: ID, $active: Boolean) {
  updateUser(id: $id, role: $role, organizationId: $organizationId, departmentId: $departmentId, workerId: $workerId, active: $active) { ${userFields} }
}`;
const reset =
  "mutation($id: ID!, $password: String!) { resetUserPassword(id: $id, password: $password) { id locked } }";
const login =
  "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username role } } }";

interface UserRow {
  id: string;
  username: string;
  role: string;
  departmentId: string | null;
  workerId: string | null;
  workerName: string | null;
  active: boolean;
  locked: boolean;
}

describe.each(testProviders())("admin user management (%s)", (provider) => {
  let api: ApiHarness;
  let admin: string;
  let ids: {
    city: number;
    department: number;
    otherDepartment: number;
    gutaUnion: number;
    worker: number;
    workerOrg: number;
  };
  beforeAll(async () => {
    api = await startApiHarness(provider);
    admin = await api.tokenFor("admin");
    const prisma = api.server.database.prisma;
    const organizer = await prisma.user.findUniqueOrThrow({ where: { username: "organizer" } });
    const departments = await prisma.department.findMany({ orderBy: { id: "asc" } });
    const otherDepartment = departments.find((department) => department.id !== organizer.departmentId);
    // A worker without an account, outside 古塔区's subtree.
    const guta = await prisma.organization.findUniqueOrThrow({ where: { code: "JZ-GT" } });
    const worker = await prisma.worker.findFirstOrThrow({
      where: { user: null, organization: { path: { not: { startsWith: guta.path } } } },
      orderBy: { id: "asc" },
    });
    ids = {
      city: organizer.organizationId,
      department: organizer.departmentId ?? 0,
      otherDepartment: otherDepartment?.id ?? 0,
      gutaUnion: guta.id,
      worker: worker.id,
      workerOrg: worker.organizationId,
    };
  });
  afterAll(() => api?.close());

  it("lists accounts for the admin only, with no password field in the schema", async () => {
    const list = await api.graphql<{ allUsers: UserRow[]; _allUsersMeta: { count: number } }>(
      `{ allUsers(perPage: 50, sortField: "username") { ${userFields} } _allUsersMeta(filter: { role: JUDGE }) { count } }`,
      {},
      admin,
    );
    expect(list.errors).toBeUndefined();
    expect(list.data?.allUsers.map((user) => user.username)).toContain("organizer");
    expect(list.data?._allUsersMeta.count).toBeGreaterThanOrEqual(1);
    for (const username of ["organizer", "unit", "judge", "worker"]) {
      const refused = await api.graphql("{ allUsers { id } }", {}, await api.tokenFor(username));
      expect(refused.errors?.[0]).toMatchObject({ message: "您没有权限执行此操作", extensions: { code: "FORBIDDEN" } });
    }
    expect((await api.graphql("{ allUsers { id } }")).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const asked = await api.graphql("{ allUsers { passwordHash } }", {}, admin);
    expect(asked.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("creates an organizer account that can sign in, audited without the password", async () => {
    const created = await api.graphql<{ createUser: UserRow }>(
      create,
      {
        username: "zhang.org",
        displayName: "张组织",
        password: "Secret2026",
        role: "ORGANIZER",
        organizationId: ids.city,
        departmentId: ids.department,
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser).toMatchObject({
      username: "zhang.org",
      role: "ORGANIZER",
      departmentId: String(ids.department),
      active: true,
      locked: false,
    });
    const prisma = api.server.database.prisma;
    const stored = await prisma.user.findUniqueOrThrow({ where: { username: "zhang.org" } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    const signedIn = await api.graphql<{ login: { user: { role: string } } }>(login, {
      u: "zhang.org",
      p: "Secret2026",
    });
    expect(signedIn.data?.login.user.role).toBe("ORGANIZER");

    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { action: "USER_CREATE", entityId: stored.id } });
    const text = JSON.stringify(audit);
    expect(text).not.toContain("Secret2026");
    expect(text).not.toContain("argon2");
    expect(audit.after).toMatchObject({ username: "zhang.org", role: "ORGANIZER", active: true });
  });

  it("refuses bad accounts with every problem named, and taken usernames, writing nothing", async () => {
    const prisma = api.server.database.prisma;
    const before = await prisma.user.count();
    const bad = await api.graphql(
      create,
      { username: "x", displayName: " ", password: "short", role: "ORGANIZER", organizationId: ids.city },
      admin,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe("VALIDATION_FAILED");
    expect(bad.errors?.[0]?.message).toBe("提交的内容有误，请按提示修改（共 4 处）");
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "USERNAME_FORMAT",
      "DISPLAY_NAME_REQUIRED",
      "DEPARTMENT_REQUIRED",
      "PASSWORD_WEAK",
    ]);
    const taken = await api.graphql(
      create,
      { username: "judge", displayName: "重名", password: "Secret2026", role: "JUDGE", organizationId: ids.city },
      admin,
    );
    expect(taken.errors?.[0]).toMatchObject({ message: "该用户名已被使用", extensions: { code: "USERNAME_TAKEN" } });
    const workerOutside = await api.graphql(
      create,
      {
        username: "w.outside",
        displayName: "职工",
        password: "Secret2026",
        role: "WORKER",
        organizationId: ids.gutaUnion,
        workerId: ids.worker,
      },
      admin,
    );
    expect(workerOutside.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "WORKER_OUTSIDE_SCOPE",
    ]);
    const fromWorker = await api.graphql(
      create,
      { username: "w.nobody", displayName: "职工", password: "Secret2026", role: "WORKER", organizationId: ids.city },
      admin,
    );
    expect(fromWorker.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual(["WORKER_REQUIRED"]);
    const byOrganizer = await api.graphql(
      create,
      { username: "sneaky", displayName: "越权", password: "Secret2026", role: "ADMIN", organizationId: ids.city },
      await api.tokenFor("organizer"),
    );
    expect(byOrganizer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await prisma.user.count()).toBe(before);
  });

  it("links a worker, changes role and department, disables and enables, and resets the password", async () => {
    const prisma = api.server.database.prisma;
    const created = await api.graphql<{ createUser: UserRow }>(
      create,
      {
        username: "li.worker",
        displayName: "李职工",
        password: "Secret2026",
        role: "WORKER",
        organizationId: ids.workerOrg,
        workerId: ids.worker,
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createUser.id ?? "";
    const workerName = (await prisma.worker.findUniqueOrThrow({ where: { id: ids.worker } })).name;
    expect(created.data?.createUser).toMatchObject({ workerId: String(ids.worker), workerName });
    // One account per worker.
    const twice = await api.graphql(
      create,
      {
        username: "li.worker2",
        displayName: "李职工",
        password: "Secret2026",
        role: "WORKER",
        organizationId: ids.workerOrg,
        workerId: ids.worker,
      },
      admin,
    );
    expect(twice.errors?.[0]?.extensions?.code).toBe("WORKER_ACCOUNT_TAKEN");

    // Turned into a judge: the worker link must go (only worker accounts have one).
    const keepsWorker = await api.graphql(update, { id, role: "JUDGE" }, admin);
    expect(keepsWorker.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "WORKER_ONLY_FOR_WORKERS",
    ]);
    const judge = await api.graphql<{ updateUser: UserRow }>(update, { id, role: "JUDGE", workerId: null }, admin);
    expect(judge.data?.updateUser).toMatchObject({ role: "JUDGE", workerId: null, workerName: null });
    const organizer = await api.graphql<{ updateUser: UserRow }>(
      update,
      { id, role: "ORGANIZER", organizationId: ids.city, departmentId: ids.otherDepartment },
      admin,
    );
    expect(organizer.data?.updateUser).toMatchObject({ role: "ORGANIZER", departmentId: String(ids.otherDepartment) });

    // Disabled: its token stops working at once and it cannot sign in.
    const token = (await api.graphql<{ login: { token: string } }>(login, { u: "li.worker", p: "Secret2026" })).data
      ?.login.token;
    const disabled = await api.graphql<{ updateUser: UserRow }>(update, { id, active: false }, admin);
    expect(disabled.data?.updateUser.active).toBe(false);
    expect((await api.graphql("{ me { id } }", {}, token)).data).toEqual({ me: null });
    const refused = await api.graphql(login, { u: "li.worker", p: "Secret2026" });
    expect(refused.errors?.[0]?.extensions?.code).toBe("ACCOUNT_DISABLED");
    const enabled = await api.graphql<{ updateUser: UserRow }>(update, { id, active: true }, admin);
    expect(enabled.data?.updateUser.active).toBe(true);

    // A locked account: the reset sets a new password and lifts the lock.
    await prisma.user.update({
      where: { id: Number(id) },
      data: { lockedUntil: new Date(Date.now() + 600_000), failedSignIns: 0 },
    });
    const weak = await api.graphql(reset, { id, password: "12345678" }, admin);
    expect(weak.errors?.[0]?.extensions?.fieldErrors?.[0]?.code).toBe("PASSWORD_WEAK");
    const done = await api.graphql<{ resetUserPassword: { locked: boolean } }>(
      reset,
      { id, password: "NewPass2026" },
      admin,
    );
    expect(done.data?.resetUserPassword.locked).toBe(false);
    expect((await api.graphql(login, { u: "li.worker", p: "Secret2026" })).errors?.[0]?.extensions?.code).toBe(
      "INVALID_CREDENTIALS",
    );
    expect((await api.graphql(login, { u: "li.worker", p: "NewPass2026" })).errors).toBeUndefined();

    const actions = await prisma.auditEntry.findMany({
      where: { entityType: "User", entityId: Number(id) },
      orderBy: { id: "asc" },
    });
    expect(actions.map((entry) => entry.action)).toEqual([
      "USER_CREATE",
      "USER_UPDATE",
      "USER_UPDATE",
      "USER_DISABLE",
      "USER_ENABLE",
      "USER_PASSWORD_RESET",
    ]);
    expect(JSON.stringify(actions)).not.toMatch(/NewPass2026|Secret2026|argon2/);
    expect(api.logLines.join("\n")).not.toMatch(/NewPass2026|Secret2026|argon2/);
    expect(actions[1]).toMatchObject({ before: { role: "WORKER" }, after: { role: "JUDGE", workerId: null } });
  });

  it("keeps the admin from disabling or demoting their own account", async () => {
    const me = await api.graphql<{ me: { id: string } }>("{ me { id } }", {}, admin);
    const id = me.data?.me.id;
    const answer = await api.graphql(update, { id, active: false, role: "JUDGE" }, admin);
    expect(answer.errors?.[0]?.extensions?.fieldErrors?.map((error) => error.code)).toEqual([
      "CANNOT_DISABLE_SELF",
      "CANNOT_DEMOTE_SELF",
    ]);
  });
});
