import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ActivatedWorker,
  activateWorker,
  findableWorkersWithoutAccount,
  signInOnPortal,
} from "./activated-workers.ts";
import {
  type BrowserSession,
  createActivity,
  expectNoSidewaysScroll,
  openPortal,
  skipBrowserTests,
  transitionActivity,
  warnIfSkipped,
} from "./portal-browser.ts";

/**
 * A worker registers a team on a phone (375×812) against the real API: the 文化宫 organizer opens a
 * choir contest whose 合唱 takes workers' own entries of 3–4 singers; the worker is told what is
 * missing as they go (team name, members still needed), adds two team-mates found by name, makes
 * one of them the leader, confirms and sees 待单位审核. Needs `vite build` and Chromium.
 */
warnIfSkipped("the team registration browser test");

describe.skipIf(skipBrowserTests)("registering a team on a phone", () => {
  let session: BrowserSession;
  let activityId: string;
  let registrant: ActivatedWorker;
  let mates: [string, string];

  const shoot = (name: string) => session.shoot(`team-${name}`);

  beforeAll(async () => {
    session = await openPortal();
    const culture = await session.tokenFor("culture");
    const unit = await session.tokenFor("unit");
    const created = await createActivity<{
      id: string;
      version: number;
      configuration: {
        entryChannels: string[];
        categories: { categoryId: string; entrant: { type: string; members: { min: number; max: number | null } } }[];
      };
    }>(session, culture, {
      kind: "PERFORMANCE_CONTEST",
      code: `E2E-HC-${Date.now()}`,
      name: "职工合唱比赛（手机报名）",
      fields: "id version configuration",
    });
    activityId = created.id;
    const configuration = {
      ...created.configuration,
      entryChannels: ["SELF_REGISTRATION", "UNIT_NOMINATION"],
      categories: created.configuration.categories.map((category) => ({
        ...category,
        entrant: { ...category.entrant, members: { min: 3, max: 4 } },
      })),
    };
    await session.graphql(
      "mutation ($id: ID!, $v: Int!, $c: JSON!) { updateActivity(id: $id, version: $v, configuration: $c) { id } }",
      { id: activityId, v: created.version, c: configuration },
      culture,
    );
    await transitionActivity(session, culture, activityId, "REGISTRATION_OPEN");
    const [first, second, third] = await findableWorkersWithoutAccount(session, unit);
    if (!first || !second || !third) throw new Error("the demo roster has too few workers to pick from");
    registrant = await activateWorker(session, first, "Hechang2015");
    mates = [second.name, third.name];
  });

  afterAll(async () => {
    await session?.close();
  });

  it("checks the team as it is put together, then registers it with the chosen leader", async () => {
    const { page } = session;
    await signInOnPortal(session, page, registrant, `/activities/${activityId}`);
    const choir = page.locator(".category-card", { has: page.getByRole("heading", { name: "合唱", exact: true }) });
    await expect.poll(() => choir.textContent()).toContain("队伍报名（3–4 人）");
    await choir.getByRole("link", { name: "报名", exact: true }).click();
    await page.getByRole("button", { name: "下一步：确认" }).click();
    await expect.poll(() => page.getByText("请填写队伍名称").count()).toBe(1);
    expect(await page.getByText("还须添加 2 名队员").count()).toBe(1);
    await shoot("01-missing");

    await page.getByLabel("队伍名称").fill("古塔区职工合唱团");
    for (const [index, name] of mates.entries()) {
      await page.getByLabel("查找队员姓名").fill(name);
      await page
        .locator(".partner-result", { hasText: name })
        .getByRole("button", { name: `选择 ${name}` })
        .click();
      await expect.poll(() => page.getByText(`已有 ${index + 2} 人（含本人），须 3–4 人`).count()).toBe(1);
      if (index === 0) expect(await page.getByText("还须添加 1 名队员").count()).toBe(1);
    }
    expect(await page.getByText(/还须添加/).count()).toBe(0);
    await page.getByRole("radio", { name: mates[1] }).check();
    await expectNoSidewaysScroll(page);
    await shoot("02-team");

    await page.getByRole("button", { name: "下一步：确认" }).click();
    const summary = page.locator("dl.facts").last();
    await expect.poll(() => summary.textContent()).toContain(`${registrant.name}、${mates[0]}、${mates[1]}`);
    await shoot("03-confirm");
    await page.getByRole("button", { name: "确认报名" }).click();
    await expect.poll(() => page.locator(".outcome .badge").textContent()).toBe("待单位审核");
    await expectNoSidewaysScroll(page);
    await shoot("04-sent");

    const answer = await session.graphql<{
      allRegistrations: { name: string; members: { name: string; isLeader: boolean }[] }[];
    }>(
      "query ($a: ID!) { allRegistrations(filter: { activityId: $a }) { name members { name isLeader } } }",
      { a: activityId },
      registrant.token,
    );
    expect(answer.allRegistrations[0]?.name).toBe("古塔区职工合唱团");
    expect(
      answer.allRegistrations[0]?.members.filter((member) => member.isLeader).map((member) => member.name),
    ).toEqual([mates[1]]);
  });
});
