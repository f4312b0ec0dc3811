// Picking workers from the demo roster and opening worker accounts for them, as an admin would.
import type { SessionApi } from "./browser-session.ts";
import { demoPassword } from "./graphql-client.ts";

/** The workers whose name no other worker in the list has, so that a row or an option is found by name alone. */
export function uniquelyNamed<T extends { name: string }>(workers: T[]): T[] {
  const counts = new Map<string, number>();
  for (const worker of workers) counts.set(worker.name, (counts.get(worker.name) ?? 0) + 1);
  return workers.filter((worker) => counts.get(worker.name) === 1);
}

export interface WorkerRecord {
  id: string;
  organizationId: string;
}

/**
 * The workers (one page of the roster, sorted by id) who have no user account yet, read with an
 * admin's token: each may be given one with createWorkerAccount().
 */
export async function workersWithoutAccount(
  session: SessionApi,
  adminToken: string,
  page: { perPage: number; sortOrder: "ASC" | "DESC" },
): Promise<WorkerRecord[]> {
  const users = await session.graphql<{ allUsers: { workerId: string | null }[] }>(
    '{ allUsers(page: 0, perPage: 500, sortField: "id", sortOrder: "ASC") { workerId } }',
    {},
    adminToken,
  );
  const taken = new Set(users.allUsers.map((user) => user.workerId).filter(Boolean));
  const workers = await session.graphql<{ allWorkers: WorkerRecord[] }>(
    'query ($n: Int!, $o: String!) { allWorkers(page: 0, perPage: $n, sortField: "id", sortOrder: $o) { id organizationId } }',
    { n: page.perPage, o: page.sortOrder },
    adminToken,
  );
  return workers.allWorkers.filter((worker) => !taken.has(worker.id));
}

/** Opens a WORKER account (demo password) for a worker, as the admin, and returns the new account's token. */
export async function createWorkerAccount(
  session: SessionApi,
  adminToken: string,
  account: { username: string; displayName: string; worker: WorkerRecord },
): Promise<string> {
  await session.graphql(
    `mutation ($u: String!, $p: String!, $n: String!, $w: ID!, $o: ID!) {
      createUser(username: $u, password: $p, displayName: $n, role: WORKER, workerId: $w, organizationId: $o) { id }
    }`,
    {
      u: account.username,
      p: demoPassword,
      n: account.displayName,
      w: account.worker.id,
      o: account.worker.organizationId,
    },
    adminToken,
  );
  return session.tokenFor(account.username);
}
