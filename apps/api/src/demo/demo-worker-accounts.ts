import { demoPassword } from "@jinzhou/db";
import { createUser } from "../users/create-user.ts";
import type { DemoMoment, DemoStory } from "./demo-story.ts";

/**
 * The admin opens worker accounts (职工账号) for roster workers, the way the demo's other accounts
 * are made: with the demo password, in the worker's own union. The username is `worker-<worker id>`,
 * the one a worker's own activation gets; they sign in with their roster phone as well. Returns
 * the usernames in the order given.
 */
export async function openWorkerAccounts(
  story: DemoStory,
  moment: DemoMoment,
  workerIds: readonly number[],
): Promise<string[]> {
  const workers = await story.prisma.worker.findMany({
    where: { id: { in: [...workerIds] } },
    select: { id: true, name: true, organizationId: true },
  });
  const usernames: string[] = [];
  for (const workerId of workerIds) {
    const worker = workers.find((row) => row.id === workerId);
    if (!worker) throw new Error(`demo: no worker ${workerId}`);
    const username = `worker-${workerId}`;
    await story.as("admin", moment, (context) =>
      createUser(context, {
        username,
        displayName: worker.name,
        password: demoPassword,
        role: "WORKER",
        organizationId: worker.organizationId,
        departmentId: null,
        workerId,
      }),
    );
    usernames.push(username);
  }
  return usernames;
}
