// `pnpm bench` (second part): the moments when many people act at once, over real HTTP.
// - registration opens: 400 workers register for 200 places, 32 requests in flight (the places are
//   settled under the category's lock, so this measures how fast that lock turns over);
// - the venue's big screen: the live scoreboard of a judged round, read 200 times, 16 in flight.
// Figures, not pass/fail: compare them across changes on the same machine.
import { testProviders } from "@jinzhou/db/testing";
import { startApiHarness } from "../src/test/api-harness.ts";
import { createJudgedRound, writeScore } from "../src/test/live-fixtures.ts";
import { createOpenActivity, createWorkers, type TestWorker } from "../src/test/registration-fixtures.ts";

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/** Runs `request` for every item with `concurrency` in flight; requests per second and latency percentiles. */
async function measure<T>(items: readonly T[], concurrency: number, request: (item: T) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        const t0 = performance.now();
        await request(item);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return `${(items.length / seconds).toFixed(0).padStart(6)} req/s   p50 ${percentile(latencies, 50).toFixed(1)} ms   p95 ${percentile(latencies, 95).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms`;
}

for (const provider of testProviders()) {
  const api = await startApiHarness(provider);
  const prisma = api.server.database.prisma;
  process.stdout.write(`\n${provider}\n`);

  const unit = await prisma.organization.findFirstOrThrow({ where: { kind: "GRASSROOTS_UNION" } });
  const workers = await createWorkers(api, {
    count: 400,
    organizationId: unit.id,
    prefix: "压测职工",
    firstSequence: 0,
  });
  const activity = await createOpenActivity(prisma, { code: "BENCH-REG", capacity: 200 });
  const registration = await measure(workers, 32, async (worker: TestWorker) => {
    const answer = await api.graphql(
      `mutation($a: ID!, $k: String!) { register(activityId: $a, categoryKey: "A", idempotencyKey: $k) { id state } }`,
      { a: activity.id, k: `bench-${worker.workerId}` },
      worker.token,
    );
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  });
  const placed = await prisma.registration.groupBy({
    by: ["state"],
    where: { activityId: activity.id },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(placed.map((row) => [row.state, row._count._all]));
  process.stdout.write(
    `  ${"400 registrations for 200 places (32 in flight)".padEnd(52)} ${registration}   (${counts.CONFIRMED ?? 0} confirmed, ${counts.WAITLISTED ?? 0} waiting)\n`,
  );

  const round = await createJudgedRound(prisma, { code: "BENCH-LIVE" });
  for (const [team, totals] of [
    ["90", "88", "91"],
    ["85", "87", "86"],
    ["80", "82", "79"],
  ].entries()) {
    for (const [judge, total] of totals.entries()) await writeScore(prisma, round.assignmentOf(team, judge), total);
  }
  const reads = Array.from({ length: 200 }, (_, index) => index);
  const scoreboard = await measure(reads, 16, async () => {
    const answer = await api.graphql(
      `query($r: ID!) { roundScoreboard(roundId: $r) { entries { name score place } } }`,
      { r: round.roundId },
    );
    if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  });
  process.stdout.write(`  ${"live scoreboard of a judged round (16 in flight)".padEnd(52)} ${scoreboard}\n`);
  await api.close();
}
