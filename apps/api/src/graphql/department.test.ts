import { testProviders } from "@jinzhou/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ApiHarness, startApiHarness } from "../test/api-harness.ts";

describe.each(testProviders())("departments (%s)", (provider) => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApiHarness(provider);
  });
  afterAll(() => api?.close());

  it("lists the federation's twelve departments in their own order, to every signed-in role", async () => {
    for (const username of ["admin", "organizer", "unit", "judge", "worker"]) {
      const answer = await api.graphql<{ allDepartments: { name: string }[]; _allDepartmentsMeta: { count: number } }>(
        "{ allDepartments { name } _allDepartmentsMeta { count } }",
        {},
        await api.tokenFor(username),
      );
      expect(answer.data?._allDepartmentsMeta.count).toBe(12);
      expect(answer.data?.allDepartments.map((department) => department.name)).toEqual([
        "办公室",
        "研究室",
        "组织部",
        "宣教部",
        "民主管理部",
        "生活保障部",
        "女工部",
        "法律部",
        "生产保护部",
        "文化宫",
        "职工会馆",
        "职工服务中心",
      ]);
    }
  });

  it("finds a department by name and shows the organizer's account under 生产保护部", async () => {
    const token = await api.tokenFor("admin");
    const answer = await api.graphql<{ allDepartments: { id: string; name: string; userCount: number }[] }>(
      '{ allDepartments(filter: { q: "生产保护" }) { id name userCount } }',
      {},
      token,
    );
    expect(answer.data?.allDepartments).toEqual([{ id: expect.any(String), name: "生产保护部", userCount: 1 }]);
    const signedOut = await api.graphql("{ allDepartments { id } }");
    expect(signedOut.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});
