// Workers of the demo roster given portal accounts the way a worker does it: roster check (name,
// ID number, phone), the SMS code the embedded sender logs, a password. For the activities tests.
import type { Page } from "playwright-core";
import { type BrowserSession, uniquelyNamed } from "./portal-browser.ts";

export interface RosterWorker {
  id: string;
  name: string;
  gender: string;
  idNumber: string;
  phone: string;
  memberCardNumber: string | null;
}

export interface ActivatedWorker extends RosterWorker {
  token: string;
  password: string;
}

const rosterFields = "id name gender idNumber phone memberCardNumber";

/**
 * The roster workers of the unit admin's subtree (full ID and phone numbers: their own county)
 * who have no account yet and whose name is unique and inside no other worker's name, so that a
 * search by their full name finds them alone. Newest first.
 */
export async function findableWorkersWithoutAccount(
  session: BrowserSession,
  unitAdminToken: string,
): Promise<RosterWorker[]> {
  const admin = await session.tokenFor("admin");
  const everyone = await session.graphql<{ allWorkers: { id: string; name: string }[] }>(
    '{ allWorkers(page: 0, perPage: 1000, sortField: "id", sortOrder: "ASC") { id name } }',
    {},
    admin,
  );
  const unique = new Set(uniquelyNamed(everyone.allWorkers).map((worker) => worker.id));
  const users = await session.graphql<{ allUsers: { workerId: string | null }[] }>(
    '{ allUsers(page: 0, perPage: 1000, sortField: "id", sortOrder: "ASC") { workerId } }',
    {},
    admin,
  );
  const withAccount = new Set(users.allUsers.map((user) => user.workerId));
  const mine = await session.graphql<{ allWorkers: RosterWorker[] }>(
    `{ allWorkers(page: 0, perPage: 1000, sortField: "id", sortOrder: "DESC") { ${rosterFields} } }`,
    {},
    unitAdminToken,
  );
  return mine.allWorkers.filter(
    (worker) =>
      unique.has(worker.id) &&
      !withAccount.has(worker.id) &&
      !everyone.allWorkers.some((other) => other.id !== worker.id && other.name.includes(worker.name)),
  );
}

/** Activates a worker's account over GraphQL (requestWorkerCode → SMS code → activateWorkerAccount). */
export async function activateWorker(
  session: BrowserSession,
  worker: RosterWorker,
  password: string,
): Promise<ActivatedWorker> {
  const before = session.smsCodes().length;
  const challenge = await session.graphql<{ requestWorkerCode: { challenge: string } }>(
    `mutation ($n: String!, $i: String!, $p: String!) {
      requestWorkerCode(purpose: ACTIVATE, name: $n, idNumber: $i, phone: $p) { challenge }
    }`,
    { n: worker.name, i: worker.idNumber, p: worker.phone },
  );
  // The code is logged as the request is answered; wait a moment in case the log lags.
  for (let tries = 0; session.smsCodes().length === before && tries < 50; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const code = session.smsCodes().at(-1);
  if (session.smsCodes().length === before || code === undefined) {
    throw new Error(`no SMS code was logged for ${worker.name}`);
  }
  const answer = await session.graphql<{ activateWorkerAccount: { token: string } }>(
    "mutation ($c: String!, $code: String!, $p: String!) { activateWorkerAccount(challenge: $c, code: $code, password: $p) { token } }",
    { c: challenge.requestWorkerCode.challenge, code, p: password },
  );
  return { ...worker, token: answer.activateWorkerAccount.token, password };
}

/** Signs a worker in on the portal's /login with their roster phone, and waits to be sent on to `next`. */
export async function signInOnPortal(
  session: BrowserSession,
  page: Page,
  worker: ActivatedWorker,
  next: string,
): Promise<void> {
  await page.goto(`${session.baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("手机号或用户名").fill(worker.phone);
  await page.getByLabel("密码", { exact: true }).fill(worker.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await page.waitForURL((url) => url.pathname === next);
}
