import { describe, expect, it } from "vitest";
import { organizationToSave, validateOrganizationForm } from "./organizationForm.ts";

const grassroots = {
  parentId: "2",
  kind: "GRASSROOTS_UNION" as const,
  code: "GT-001",
  name: "锦州石化公司工会",
  grassrootsClass: "A" as const,
  ownership: "STATE_OWNED" as const,
  frontlineHeadcount: 320,
};

describe("validateOrganizationForm", () => {
  it("accepts a complete grassroots union", () => {
    expect(validateOrganizationForm(grassroots)).toEqual({});
  });

  it("asks a grassroots union for its class and ownership, in Chinese", () => {
    const errors = validateOrganizationForm({ ...grassroots, grassrootsClass: null, ownership: null });
    expect(errors.grassrootsClass).toBe("基层工会须选择 A/B/C/D 分类");
    expect(errors.ownership).toBe("基层工会须选择企业性质（国有或非公有制）");
  });

  it("asks for a kind first", () => {
    expect(validateOrganizationForm({ code: "JZ", name: "锦州市总工会" })).toEqual({
      kind: "resources.Organization.validation.kind",
    });
  });

  it("needs a parent for everything but the city federation", () => {
    expect(validateOrganizationForm({ ...grassroots, parentId: null }).parentId).toBe("请选择上级组织");
    expect(validateOrganizationForm({ kind: "CITY_FEDERATION", code: "JZ", name: "锦州市总工会" })).toEqual({});
  });

  it("uses the domain's rules, e.g. class D is under 8 people", () => {
    const errors = validateOrganizationForm({ ...grassroots, grassrootsClass: "D", frontlineHeadcount: 12 });
    expect(errors.frontlineHeadcount).toContain("D 类");
  });

  it("reports a code with spaces", () => {
    expect(validateOrganizationForm({ ...grassroots, code: "a b" }).code).toBe("组织代码为 2–32 位字母、数字或连字符");
  });
});

describe("organizationToSave", () => {
  it("clears class and ownership when the organization is not a grassroots union", () => {
    const saved = organizationToSave({ ...grassroots, kind: "COUNTY_FEDERATION" });
    expect(saved.grassrootsClass).toBeNull();
    expect(saved.ownership).toBeNull();
  });
});
