// `pnpm bench`: how fast the admin's everyday reads are, over real HTTP against the demo data.
// Prints requests per second and latency percentiles for each operation, sequential and with
// 16 requests in flight. Figures, not pass/fail: compare them across changes on the same machine.
import { createTestDatabase, testProviders } from "@jinzhou/db/testing";
import { silentLogger } from "../src/logger.ts";
import { startServer } from "../src/server.ts";

const operations: Record<string, string> = {
  "workers page (25, with path names)":
    '{ allWorkers(page: 3, perPage: 25, sortField: "name", sortOrder: "ASC") { id name idNumber phone age organizationPathName } _allWorkersMeta { count } }',
  "workers search + young filter":
    '{ allWorkers(perPage: 25, filter: { q: "工", youngWorker: true }) { id name } _allWorkersMeta(filter: { q: "工", youngWorker: true }) { count } }',
  "organization tree (all, with counts)":
    "{ allOrganizations(perPage: 1000) { id name pathName depth childCount workerCount } }",
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(url: string, token: string, query: string, total: number, concurrency: number) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t0 = performance.now();
        const response = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: total / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}

for (const provider of testProviders()) {
  const database = await createTestDatabase(provider);
  const server = await startServer({
    databaseUrl: database.url,
    port: 0,
    host: "127.0.0.1",
    demoData: true,
    authSecret: "bench-secret-bench-secret-bench-secret-01",
    log: silentLogger,
  });
  const login = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: 'mutation { login(username: "admin", password: "jinzhou2015") { token } }' }),
  });
  const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  console.log(`\n${provider} (${await server.database.prisma.worker.count()} workers, Node ${process.version})`);
  console.log("operation".padEnd(40), "in flight", "   req/s", "  p50 ms", "  p95 ms", "  p99 ms");
  for (const [name, query] of Object.entries(operations)) {
    await measure(server.url, token, query, 30, 4); // warm up
    for (const concurrency of [1, 16]) {
      const result = await measure(server.url, token, query, 400, concurrency);
      console.log(
        name.padEnd(40),
        String(concurrency).padStart(9),
        result.rps.toFixed(0).padStart(8),
        result.p50.toFixed(1).padStart(8),
        result.p95.toFixed(1).padStart(8),
        result.p99.toFixed(1).padStart(8),
      );
    }
  }
  await server.close();
  await database.drop();
}
