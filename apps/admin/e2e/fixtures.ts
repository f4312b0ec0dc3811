// Setup steps that several browser tests of the panel share: calendar days in China, signing in
// through the login form, and preparing data over GraphQL as another client would (creating and
// opening activities, enrolling workers as a unit admin, approving entries, moving an activity on,
// opening worker accounts). Each function takes the PanelSession (or its page) that openPanel()
// gave the test; the tokens come from PanelSession.tokenFor().
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { PanelSession } from "./panel-browser.ts";

/** The password of every demo account. */
export const demoPassword = "jinzhou2015";

/** A China calendar day (YYYY-MM-DD), `days` from today. */
export function chinaDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** Fills the login form the page shows with a demo account and presses 登录. */
export async function submitLogin(page: Page, username: string): Promise<void> {
  await page.getByLabel("用户名").fill(username);
  await page.locator('input[name="password"]').fill(demoPassword);
  await page.getByRole("button", { name: "登录" }).click();
  // Signed in once the panel has left the login page and shows its menu.
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));
  await page.locator(".RaMenu-open, .RaMenu-closed").first().waitFor();
}

/** Opens the panel on a fresh page (which shows the login form) and signs in as a demo account. */
export async function signIn(panel: PanelSession, username: string): Promise<void> {
  await panel.page.goto(`${panel.baseUrl}/admin/`);
  await submitLogin(panel.page, username);
}

/** Drops whoever is signed in (the stored token) and signs in through the login form as a demo account. */
export async function signInAgain(panel: PanelSession, username: string): Promise<void> {
  const { page, baseUrl } = panel;
  await page.goto(`${baseUrl}/admin/login`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${baseUrl}/admin/login`);
  await submitLogin(page, username);
}

/** The department of the account whose token this is. */
export async function departmentOf(panel: PanelSession, token: string): Promise<string> {
  return (await panel.graphql<{ me: { departmentId: string } }>("{ me { departmentId } }", {}, token)).me.departmentId;
}

export interface NewActivity {
  /** An ActivityKind, e.g. SKILLS_CONTEST. */
  kind: string;
  code: string;
  name: string;
  /** What to read back from the created activity; `id` unless told. */
  fields?: string;
  /** Its calendar, in days from today; registration opens today and closes in 30 days, judging ends in 60 and all is done in 70 unless told. */
  days?: { opens: number; closes: number; judgingEnds: number; completedBy: number };
}

/**
 * Creates an activity in the department of the token's account, this year, from its kind's
 * template, on the calendar `activity.days` gives (by default registration opens today and closes in
 * 30 days, judging ends in 60, all is done in 70).
 * Returns the fields asked for.
 */
export async function createActivity<T extends { id: string } = { id: string }>(
  panel: PanelSession,
  token: string,
  activity: NewActivity,
): Promise<T> {
  const days = activity.days ?? { opens: 0, closes: 30, judgingEnds: 60, completedBy: 70 };
  const created = await panel.graphql<{ createActivity: T }>(
    `mutation ($d: ID!, $kind: ActivityKind!, $code: String!, $name: String!, $year: Int!,
      $o: String!, $c: String!, $j: String!, $e: String!) {
      createActivity(kind: $kind, code: $code, name: $name, year: $year, departmentId: $d,
        registrationOpensOn: $o, registrationClosesOn: $c, judgingEndsOn: $j, completedBy: $e) { ${activity.fields ?? "id"} }
    }`,
    {
      d: await departmentOf(panel, token),
      kind: activity.kind,
      code: activity.code,
      name: activity.name,
      year: Number(chinaDay(0).slice(0, 4)),
      o: chinaDay(days.opens),
      c: chinaDay(days.closes),
      j: chinaDay(days.judgingEnds),
      e: chinaDay(days.completedBy),
    },
    token,
  );
  return created.createActivity;
}

/** Moves an activity to another state (e.g. REGISTRATION_OPEN), with a reason where one is needed. */
export async function transitionActivity(
  panel: PanelSession,
  token: string,
  id: string,
  to: string,
  reason?: string,
): Promise<void> {
  await panel.graphql(
    "mutation ($id: ID!, $to: ActivityState!, $reason: String) { transitionActivity(id: $id, to: $to, reason: $reason) { id } }",
    { id, to, reason },
    token,
  );
}

/** Creates an activity as createActivity() does and opens its registration. */
export async function createOpenActivity<T extends { id: string } = { id: string }>(
  panel: PanelSession,
  token: string,
  activity: NewActivity,
): Promise<T> {
  const created = await createActivity<T>(panel, token, activity);
  await transitionActivity(panel, token, created.id, "REGISTRATION_OPEN");
  return created;
}

export interface Enrolment {
  activityId: string;
  categoryKey: string;
  workerId: string;
  /** Sending the same key twice makes one registration. */
  idempotencyKey: string;
}

/** Enrols one worker in a category as the token's account (a unit admin) and returns the registration's id; throws when the API refuses. */
export async function enrolWorker(panel: PanelSession, token: string, enrolment: Enrolment): Promise<string> {
  const answer = await panel.graphql<{ enrol: { id: string } }>(
    `mutation ($a: ID!, $k: String!, $w: ID!, $key: String!) {
      enrol(activityId: $a, categoryKey: $k, workerIds: [$w], idempotencyKey: $key) { id }
    }`,
    { a: enrolment.activityId, k: enrolment.categoryKey, w: enrolment.workerId, key: enrolment.idempotencyKey },
    token,
  );
  return answer.enrol.id;
}

/** Approves a registration at the token's review level (at `version` when given) and returns its new state. */
export async function approveRegistration(
  panel: PanelSession,
  token: string,
  id: string,
  version?: number,
): Promise<string> {
  const answer = await panel.graphql<{ reviewRegistration: { state: string } }>(
    "mutation ($id: ID!, $v: Int) { reviewRegistration(id: $id, action: APPROVE, version: $v) { state } }",
    { id, v: version },
    token,
  );
  return answer.reviewRegistration.state;
}

/**
 * Creates an activity as createActivity() does, leaves the review of entries to its organizer
 * alone (one approval accepts an entry) and opens its registration. Returns the activity's id.
 */
export async function createOpenActivityReviewedByOrganizer(
  panel: PanelSession,
  token: string,
  activity: Omit<NewActivity, "fields">,
): Promise<string> {
  const created = await createActivity<{ id: string; version: number; configuration: Record<string, unknown> }>(
    panel,
    token,
    { ...activity, fields: "id version configuration" },
  );
  await panel.graphql(
    "mutation ($id: ID!, $v: Int!, $c: JSON!) { updateActivity(id: $id, version: $v, configuration: $c) { id } }",
    {
      id: created.id,
      v: created.version,
      c: { ...created.configuration, approvalChain: { levels: ["ORGANIZER"] } },
    },
    token,
  );
  await transitionActivity(panel, token, created.id, "REGISTRATION_OPEN");
  return created.id;
}

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
  panel: PanelSession,
  adminToken: string,
  page: { perPage: number; sortOrder: "ASC" | "DESC" },
): Promise<WorkerRecord[]> {
  const users = await panel.graphql<{ allUsers: { workerId: string | null }[] }>(
    '{ allUsers(page: 0, perPage: 500, sortField: "id", sortOrder: "ASC") { workerId } }',
    {},
    adminToken,
  );
  const taken = new Set(users.allUsers.map((user) => user.workerId).filter(Boolean));
  const workers = await panel.graphql<{ allWorkers: WorkerRecord[] }>(
    'query ($n: Int!, $o: String!) { allWorkers(page: 0, perPage: $n, sortField: "id", sortOrder: $o) { id organizationId } }',
    { n: page.perPage, o: page.sortOrder },
    adminToken,
  );
  return workers.allWorkers.filter((worker) => !taken.has(worker.id));
}

/** Opens a WORKER account (demo password) for a worker, as the admin, and returns the new account's token. */
export async function createWorkerAccount(
  panel: PanelSession,
  adminToken: string,
  account: { username: string; displayName: string; worker: WorkerRecord },
): Promise<string> {
  await panel.graphql(
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
  return panel.tokenFor(account.username);
}

/**
 * Asserts that the page does not scroll sideways (tables may scroll inside their own box). Polled:
 * right after a resize the layout (menu folding, grids reflowing) takes a moment to settle.
 */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { timeout: 5_000 })
    .toBeLessThanOrEqual(0);
}
