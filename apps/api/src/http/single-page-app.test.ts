import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get, type IncomingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { createTestDatabase, type TestDatabase } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../logger.ts";
import { type RunningServer, startServer } from "../server.ts";

// Properties of the HTTP layer: one SQLite database without demo data is enough.
const authSecret = "spa-test-secret-spa-test-secret-0123456";

/** A build as Vite leaves it: index.html, a hashed script under assets/, a file at the top. */
function fakeBuild(root: string, name: string, marker: string): string {
  const dir = join(root, name);
  mkdirSync(join(dir, "assets"), { recursive: true });
  writeFileSync(join(dir, "index.html"), `<!doctype html><title>${marker}</title><div id="root"></div>`);
  writeFileSync(join(dir, "assets", "x.js"), `console.log(${JSON.stringify(marker)});`);
  writeFileSync(join(dir, "robots.txt"), "User-agent: *\n");
  return dir;
}

async function startWith(database: TestDatabase, dists: { portalDist: string; adminDist: string }) {
  return startServer({
    databaseUrl: database.url,
    port: 0,
    host: "127.0.0.1",
    demoData: false,
    authSecret,
    log: silentLogger,
    ...dists,
  });
}

describe("the portal at / and the admin at /admin, built", () => {
  let root: string;
  let database: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "jinzhou-spa-"));
    database = await createTestDatabase("sqlite");
    server = await startWith(database, {
      portalDist: fakeBuild(root, "portal", "PORTAL"),
      adminDist: fakeBuild(root, "admin", "ADMIN"),
    });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it("answers / and a deep link with the portal's index.html, never cached, under the app's security headers", async () => {
    for (const path of ["/", "/activities/3", "/results/2015?tab=notice"]) {
      const response = await fetch(`${server.url}${path}`, { redirect: "manual" });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain("<title>PORTAL</title>");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      const policy = response.headers.get("content-security-policy") ?? "";
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("img-src 'self' data: blob:");
      expect(policy).toContain(`connect-src 'self' ws://localhost:${server.port} wss://localhost:${server.port}`);
      expect(policy).toContain("frame-ancestors 'none'");
    }
  });

  it("caches hashed assets for a year and other files of the build for an hour", async () => {
    const asset = await fetch(`${server.url}/assets/x.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toMatch(/javascript/);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await asset.text()).toBe('console.log("PORTAL");');
    const robots = await fetch(`${server.url}/robots.txt`);
    expect(robots.headers.get("cache-control")).toBe("public, max-age=3600");
  });

  it("sends hashed assets gzipped to browsers that accept it, and plain to those that do not", async () => {
    const raw = (encoding: string, path = "/assets/x.js") =>
      new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((done, fail) => {
        get(`${server.url}${path}`, { headers: { "accept-encoding": encoding } }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
          );
        }).on("error", fail);
      });
    const zipped = await raw("gzip, deflate, br");
    expect(zipped.status).toBe(200);
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toContain("Accept-Encoding");
    expect(zipped.headers["content-type"]).toMatch(/javascript/);
    expect(zipped.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(gunzipSync(zipped.body).toString()).toBe('console.log("PORTAL");');
    const plain = await raw("identity");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe('console.log("PORTAL");');
    // Nothing outside the build's assets is reachable through the compressed path.
    const outside = await raw("gzip", "/assets/..%2f..%2findex.html");
    expect(outside.headers["content-encoding"]).toBeUndefined();
    expect(outside.status).toBe(404);
  });

  it("gives a missing asset a 404, not index.html", async () => {
    const response = await fetch(`${server.url}/assets/gone-1234.js`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("没有找到这个文件。");
  });

  it("leaves /graphql, /healthz and /files to the API", async () => {
    const graphql = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await graphql.json()).toEqual({ data: { __typename: "Query" } });
    const health = await fetch(`${server.url}/healthz`);
    expect(((await health.json()) as { status: string }).status).toBe("ok");
    for (const path of ["/files/nothing-here", "/healthz/more"]) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain("PORTAL");
    }
    // Apollo answers under /graphql itself (here: a GET without a preflight header is refused).
    const underGraphql = await fetch(`${server.url}/graphql/more`);
    expect(underGraphql.status).toBe(400);
    expect(await underGraphql.text()).not.toContain("PORTAL");
    const post = await fetch(`${server.url}/activities/3`, { method: "POST" });
    expect(post.status).toBe(404);
  });

  it("serves the admin at /admin/ with its own deep links and assets", async () => {
    for (const path of ["/admin/", "/admin", "/admin/workers/7/show"]) {
      const response = await fetch(`${server.url}${path}`, { redirect: "manual" });
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain("<title>ADMIN</title>");
    }
    const asset = await fetch(`${server.url}/admin/assets/x.js`);
    expect(await asset.text()).toBe('console.log("ADMIN");');
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });
});

describe("without builds", () => {
  let root: string;
  let database: TestDatabase;
  let server: RunningServer;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "jinzhou-spa-none-"));
    database = await createTestDatabase("sqlite");
    server = await startWith(database, { portalDist: join(root, "portal"), adminDist: join(root, "admin") });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
    rmSync(root, { recursive: true, force: true });
  });

  it("says in Chinese how to build the portal and the admin", async () => {
    for (const [path, text] of [
      ["/", "职工活动页面尚未构建"],
      ["/activities/3", "职工活动页面尚未构建"],
      ["/admin/", "管理后台尚未构建"],
    ] as const) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status, path).toBe(503);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await response.text(), path).toMatch(new RegExp(`^${text}。请在项目根目录运行 pnpm build`));
    }
  });

  it("still answers /healthz", async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
