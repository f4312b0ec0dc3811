import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { silentLogger } from "../logger.ts";
import { startSmsDispatcher } from "../notifications/sms-dispatcher.ts";
import type { SmsSender } from "../notifications/sms-sender.ts";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";

/** Waits until `done()` holds (the dispatcher works in the background). */
async function until(done: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await done()) return;
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  throw new Error("timed out");
}

describe.each(testProviders())("the SMS outbox (%s)", (provider) => {
  let api: ApiHarness;
  let workerId: number;

  beforeAll(async () => {
    // The server's own dispatcher sends nothing here, so the dispatchers below are the only ones.
    process.env.SMS_SENDER = "none";
    api = await startApiHarness(provider);
    delete process.env.SMS_SENDER;
    workerId = (await api.server.database.prisma.worker.findFirstOrThrow({ orderBy: { id: "asc" } })).id;
  });
  afterAll(() => api?.close());

  const pending = (count: number, text: string) =>
    api.server.database.prisma.notification.createManyAndReturn({
      data: Array.from({ length: count }, (_, index) => ({
        recipientWorkerId: workerId,
        kind: "OTHER" as const,
        text: `${text}${index}`,
      })),
    });

  it("two instances' dispatchers send every notification exactly once", async () => {
    const prisma = api.server.database.prisma;
    const rows = await pending(30, "两实例");
    const sent: string[] = [];
    const sender = (name: string): SmsSender => ({
      name,
      send: async (_phone, text) => {
        sent.push(text);
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
    });
    const first = startSmsDispatcher({ prisma, sender: sender("a"), log: silentLogger });
    const second = startSmsDispatcher({ prisma, sender: sender("b"), log: silentLogger });
    const ids = rows.map((row) => row.id);
    await until(async () => (await prisma.notification.count({ where: { id: { in: ids }, smsSentAt: null } })) === 0);
    await Promise.all([first.stop(), second.stop()]);
    expect(sent.filter((text) => text.startsWith("两实例")).sort()).toEqual(rows.map((row) => row.text).sort());
  });

  it("a failed send releases the claim, and a later round sends it", async () => {
    const prisma = api.server.database.prisma;
    const [row] = await pending(1, "重试");
    let failing = true;
    const warnings: string[] = [];
    const dispatcher = startSmsDispatcher({
      prisma,
      sender: {
        name: "flaky",
        send: async () => {
          if (failing) throw new Error("gateway down");
        },
      },
      log: { ...silentLogger, warn: (message) => warnings.push(message) },
    });
    await until(async () => warnings.includes("sms not sent"));
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: row?.id } })).smsSentAt).toBeNull();
    failing = false;
    dispatcher.nudge();
    await until(
      async () => (await prisma.notification.findUniqueOrThrow({ where: { id: row?.id } })).smsSentAt !== null,
    );
    await dispatcher.stop();
  });

  it("with the none sender nothing is sent or marked", async () => {
    const prisma = api.server.database.prisma;
    const [row] = await pending(1, "不发送");
    const dispatcher = startSmsDispatcher({ prisma, sender: null, log: silentLogger });
    dispatcher.nudge();
    await dispatcher.stop();
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: row?.id } })).smsSentAt).toBeNull();
  });
});
