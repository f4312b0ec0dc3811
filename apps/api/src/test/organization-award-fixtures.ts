// Fixtures for the 优秀组织奖 tests: an exhibition (展演) in judging with teams from two counties'
// grassroots unions, and unit admins of chosen organizations.
import type { ApiHarness } from "./api-harness.ts";
import { createJudgingActivity, type JudgingActivity } from "./results-fixtures.ts";

export const showName = "锦州市职工全健排舞展演";

/**
 * The culture palace's (文化宫) line-dance show in 评审中, its show round closed, four teams:
 *
 *   team           county  show  place  award (优胜奖 for place ≤ ⌊4 ÷ 2⌋ = 2)
 *   古塔铁路排舞队   GT      91    1      优胜奖
 *   古塔电力排舞队   GT      88    2      优胜奖
 *   凌河纺织排舞队   LH      85    3      —
 *   凌河商贸排舞队   LH      81    4      —
 *
 * (The untrimmed mean, the tie-break, equals the trimmed one here: no team ties.)
 * Each team is registered (已确认) by a grassroots union below its county: 古塔区总工会 and
 * 凌河区总工会 have entries in their subtrees; 太和区总工会 has none.
 */
export function lineDanceShow(api: ApiHarness, code: string): Promise<JudgingActivity> {
  return createJudgingActivity(api, {
    kind: "EXHIBITION",
    code,
    entrantType: "TEAM",
    departmentName: "文化宫",
    entrants: [
      { name: "古塔铁路排舞队", county: "JZ-GT", results: { show: "91" }, untrimmedMeans: { show: "91" } },
      { name: "古塔电力排舞队", county: "JZ-GT", results: { show: "88" }, untrimmedMeans: { show: "88" } },
      { name: "凌河纺织排舞队", county: "JZ-LH", results: { show: "85" }, untrimmedMeans: { show: "85" } },
      { name: "凌河商贸排舞队", county: "JZ-LH", results: { show: "81" }, untrimmedMeans: { show: "81" } },
    ],
    adjust: (configuration) => ({ ...configuration, name: showName }),
  });
}

/** A skills contest in 评审中 (its configuration does not offer the 优秀组织奖), one team from 古塔区. */
export function skillsContestWithoutOrganizationAward(api: ApiHarness, code: string): Promise<JudgingActivity> {
  return createJudgingActivity(api, {
    kind: "SKILLS_CONTEST",
    code,
    entrantType: "TEAM",
    departmentName: "生产保护部",
    entrants: [{ name: "古塔车工队", county: "JZ-GT", results: { theory: "90", practical: "90" } }],
  });
}

/** The id of a demo organization by code, e.g. "JZ-GT" (古塔区总工会). */
export async function organizationIdOf(api: ApiHarness, code: string): Promise<number> {
  return (await api.server.database.prisma.organization.findUniqueOrThrow({ where: { code } })).id;
}

/** A unit admin (单位管理员) of the organization, made for the test, and a token for them. */
export async function unitAdminToken(api: ApiHarness, username: string, organizationId: number): Promise<string> {
  const user = await api.server.database.prisma.user.create({
    data: {
      username,
      passwordHash: "not-a-real-hash",
      displayName: username,
      role: "UNIT_ADMIN",
      organizationId,
    },
  });
  return api.tokenForUserId(user.id);
}

/** The first grassroots union below a county, e.g. below "JZ-GT". */
export async function grassrootsUnionBelow(api: ApiHarness, countyCode: string) {
  const prisma = api.server.database.prisma;
  const county = await prisma.organization.findUniqueOrThrow({ where: { code: countyCode } });
  return prisma.organization.findFirstOrThrow({
    where: { path: { startsWith: county.path }, id: { not: county.id }, kind: "GRASSROOTS_UNION" },
    orderBy: { id: "asc" },
  });
}
