import { statSync } from "node:fs";
import { dirname } from "node:path";
import { sqliteFileOf } from "@jinzhou/db";
import { createTestDatabase, type TestDatabase, testProviders } from "@jinzhou/db/testing";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "./logger.ts";
import { startServer } from "./server.ts";

const databases: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.drop()));
});

async function freshDatabase(provider: "sqlite" | "postgresql") {
  const database = await createTestDatabase(provider);
  databases.push(database);
  return database;
}

const secret = "server-test-secret-server-test-secret-01";

describe("the embedded SQLite start", () => {
  it("loads the demo data on the first start of an empty database, and never again", async () => {
    const database = await freshDatabase("sqlite");
    const first = await startServer({ databaseUrl: database.url, port: 0, host: "127.0.0.1", log: silentLogger });
    expect(first.loadedDemoData).toBe(true);
    const counts = {
      organizations: await first.database.prisma.organization.count(),
      workers: await first.database.prisma.worker.count(),
    };
    expect(counts.organizations).toBeGreaterThan(40);
    expect(counts.workers).toBeGreaterThanOrEqual(300);
    // Someone removes a demo worker; a restart must not put the demo back.
    const someone = await first.database.prisma.worker.findFirstOrThrow({ where: { user: null } });
    await first.database.prisma.worker.delete({ where: { id: someone.id } });
    await first.close();

    const second = await startServer({ databaseUrl: database.url, port: 0, host: "127.0.0.1", log: silentLogger });
    expect(second.loadedDemoData).toBe(false);
    expect(await second.database.prisma.worker.count()).toBe(counts.workers - 1);
    await second.close();
  });

  it("creates its token key beside the database, readable by the owner only, and keeps it across restarts", async () => {
    const database = await freshDatabase("sqlite");
    const options = { databaseUrl: database.url, port: 0, host: "127.0.0.1", log: silentLogger };
    const first = await startServer(options);
    const login = await fetch(`${first.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "jinzhou2015") { token } }' }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    await first.close();
    const keyFile = `${dirname(sqliteFileOf(database.url))}/auth-secret`;
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);

    const second = await startServer(options);
    const me = await fetch(`${second.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { username } }" }),
    });
    expect(await me.json()).toEqual({ data: { me: { username: "admin" } } });
    await second.close();
  });
});

describe.skipIf(!testProviders().includes("postgresql"))("a PostgreSQL start", () => {
  it("loads no demo data unless asked for, and loads it when asked", async () => {
    const database = await freshDatabase("postgresql");
    const plain = await startServer({
      databaseUrl: database.url,
      port: 0,
      host: "127.0.0.1",
      authSecret: secret,
      log: silentLogger,
    });
    expect(plain.loadedDemoData).toBe(false);
    expect(await plain.database.prisma.organization.count()).toBe(0);
    await plain.close();

    const asked = await startServer({
      databaseUrl: database.url,
      port: 0,
      host: "127.0.0.1",
      authSecret: secret,
      demoData: true,
      log: silentLogger,
    });
    expect(asked.loadedDemoData).toBe(true);
    expect(await asked.database.prisma.organization.count()).toBeGreaterThan(40);
    await asked.close();
  });

  it("refuses to start without AUTH_SECRET, which every instance must share", async () => {
    const database = await freshDatabase("postgresql");
    await expect(
      startServer({ databaseUrl: database.url, port: 0, host: "127.0.0.1", log: silentLogger }),
    ).rejects.toThrow(/AUTH_SECRET is required with PostgreSQL/);
  });
});
