import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";
import { createOpenActivity, createWorkers, inBatches, type TestWorker } from "../test/registration-fixtures.ts";

const registerMutation = `mutation($activityId: ID!, $key: String!) {
  register(activityId: $activityId, categoryKey: "A", idempotencyKey: $key) { id state waitingPosition } }`;

interface Registered {
  register: { id: string; state: string; waitingPosition: number | null } | null;
}

// The bar: 1,000 workers register at once for 500 places.
describe.each(testProviders())("registering under concurrency (%s)", (provider) => {
  let api: ApiHarness;
  let workers: TestWorker[];

  beforeAll(async () => {
    api = await startApiHarness(provider);
    const prisma = api.server.database.prisma;
    const unit = await prisma.organization.findFirstOrThrow({
      where: { kind: "GRASSROOTS_UNION" },
      orderBy: { id: "asc" },
    });
    workers = await createWorkers(api, { count: 1001, organizationId: unit.id, prefix: "并发职工", firstSequence: 0 });
  }, 300_000);
  afterAll(() => api?.close());

  it("gives 500 places to the first 500 of 1,000 simultaneous registrations and queues the rest 1…500", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: `CONC-${provider}`, capacity: 500 });
    const category = activity.categories[0];
    const started = performance.now();
    const answers = await inBatches(workers.slice(0, 1000), 50, (worker) =>
      api.graphql<Registered>(registerMutation, { activityId: activity.id, key: `k-${worker.workerId}` }, worker.token),
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`${provider}: 1,000 concurrent registrations in ${seconds.toFixed(1)} s`);
    expect(answers.filter((answer) => answer.errors !== undefined)).toEqual([]);

    const rows = await prisma.registration.findMany({
      where: { categoryId: category?.id },
      orderBy: [{ registeredAt: "asc" }, { id: "asc" }],
      select: { id: true, state: true },
    });
    expect(rows).toHaveLength(1000);
    expect(rows.filter((row) => row.state === "CONFIRMED")).toHaveLength(500);
    expect(rows.filter((row) => row.state === "WAITLISTED")).toHaveLength(500);
    // First come, first served: the earliest 500 hold the places, the rest wait in order.
    expect(rows.slice(0, 500).every((row) => row.state === "CONFIRMED")).toBe(true);

    const admin = await api.tokenFor("admin");
    const listed = await api.graphql<{
      allRegistrations: { id: string; waitingPosition: number; stateLabel: string }[];
    }>(
      `query($filter: RegistrationFilter) {
        allRegistrations(filter: $filter, sortField: "registeredAt", sortOrder: "ASC", perPage: 1000) {
          id waitingPosition stateLabel } }`,
      { filter: { activityId: activity.id, state: "WAITLISTED" } },
      admin,
    );
    const waiting = listed.data?.allRegistrations ?? [];
    expect(waiting.map((row) => row.waitingPosition)).toEqual(Array.from({ length: 500 }, (_, index) => index + 1));
    expect(waiting.map((row) => Number(row.id))).toEqual(rows.slice(500).map((row) => row.id));
    expect(waiting[1]?.stateLabel).toBe("候补第 2 位");
  }, 600_000);

  it("writes one registration for 20 simultaneous retries of the same idempotency key", async () => {
    const prisma = api.server.database.prisma;
    const activity = await createOpenActivity(prisma, { code: `IDEM-${provider}`, capacity: 500 });
    const worker = workers[1000] as TestWorker;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.graphql<Registered>(registerMutation, { activityId: activity.id, key: "same-request" }, worker.token),
      ),
    );
    expect(answers.filter((answer) => answer.errors !== undefined)).toEqual([]);
    const ids = new Set(answers.map((answer) => answer.data?.register?.id));
    expect(ids.size).toBe(1);
    expect(await prisma.registration.count({ where: { activityId: activity.id } })).toBe(1);
    expect(await prisma.registrationMember.count({ where: { registration: { activityId: activity.id } } })).toBe(1);
    expect(await prisma.auditEntry.count({ where: { activityId: activity.id, action: "REGISTRATION_CREATE" } })).toBe(
      1,
    );
  }, 120_000);
});
