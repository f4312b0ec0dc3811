import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkKindChange,
  checkPlacement,
  childPath,
  idsOnPath,
  isWithinSubtree,
  type OrganizationInput,
  rebasePath,
  validateOrganizationInput,
} from "./organization-tree.ts";

// A piece of the Jinzhou tree: 市总工会 (1) → 古塔区 (2), 凌河区 (3), 产业工会 (21);
// 古塔区 → 基层工会 (12) → 基层工会 (40).
const city = "/00000001/";
const guta = "/00000001/00000002/";
const linghe = "/00000001/00000003/";
const industry21 = "/00000001/00000021/";
const gutaFactory = "/00000001/00000002/00000012/";
const gutaWorkshop = "/00000001/00000002/00000012/00000040/";

const chinese = /[\u4e00-\u9fff]/;

describe("paths", () => {
  it("childPath zero-pads the id to 8 digits and ends with a slash", () => {
    expect(childPath(null, 1)).toBe(city);
    expect(childPath(city, 2)).toBe(guta);
    expect(childPath(guta, 12)).toBe(gutaFactory);
  });

  it("idsOnPath lists the ids from the top", () => {
    expect(idsOnPath(city)).toEqual([1]);
    expect(idsOnPath(gutaWorkshop)).toEqual([1, 2, 12, 40]);
  });

  it("a subtree contains its root and everything below it", () => {
    expect(isWithinSubtree(guta, guta)).toBe(true);
    expect(isWithinSubtree(gutaFactory, guta)).toBe(true);
    expect(isWithinSubtree(gutaWorkshop, guta)).toBe(true);
    expect(isWithinSubtree(gutaWorkshop, city)).toBe(true);
  });

  it("a subtree contains neither its ancestors nor its siblings", () => {
    expect(isWithinSubtree(city, guta)).toBe(false);
    expect(isWithinSubtree(linghe, guta)).toBe(false);
    expect(isWithinSubtree(gutaFactory, linghe)).toBe(false);
  });

  it("an id that starts with another id's digits is not below it (prefix collision)", () => {
    // "/1/" would be a prefix of "/12/" as plain strings; the padding and the trailing slash
    // make "/00000001/" differ from "/00000012/" before the end of the shorter segment.
    expect(isWithinSubtree("/00000001/00000012/", "/00000001/00000001/")).toBe(false);
    expect(isWithinSubtree(industry21, guta)).toBe(false);
    expect(isWithinSubtree(guta, industry21)).toBe(false);
  });

  it("rebasePath moves a descendant along with its ancestor", () => {
    // 基层工会 12 and its workshop move from 古塔区 to 凌河区.
    expect(rebasePath(gutaFactory, gutaFactory, "/00000001/00000003/00000012/")).toBe("/00000001/00000003/00000012/");
    expect(rebasePath(gutaWorkshop, gutaFactory, "/00000001/00000003/00000012/")).toBe(
      "/00000001/00000003/00000012/00000040/",
    );
  });

  it("rebasePath refuses a path that is not under the old path", () => {
    expect(() => rebasePath(linghe, guta, industry21)).toThrow(RangeError);
    expect(() => rebasePath("/00000001/00000012/", "/00000001/00000001/", linghe)).toThrow(RangeError);
  });
});

describe("validateOrganizationInput", () => {
  const county: OrganizationInput = { code: "GTQ", name: "古塔区总工会", kind: "COUNTY_FEDERATION" };
  const grassroots: OrganizationInput = {
    code: "GTQ-0012",
    name: "锦州港务集团工会",
    kind: "GRASSROOTS_UNION",
    grassrootsClass: "A",
    ownership: "STATE_OWNED",
    frontlineHeadcount: 320,
    contactPerson: " 李红 ",
    contactPhone: "0416-1234567",
  };

  it("accepts a county federation and cleans its fields", () => {
    const result = validateOrganizationInput({
      ...county,
      code: " GTQ ",
      name: " 古塔区总工会 ",
      grassrootsClass: "A",
    });
    expect(result).toEqual({
      ok: true,
      value: {
        code: "GTQ",
        name: "古塔区总工会",
        kind: "COUNTY_FEDERATION",
        // Only grassroots unions have a class and an ownership.
        grassrootsClass: null,
        ownership: null,
        frontlineHeadcount: null,
        contactPerson: null,
        contactPhone: null,
      },
    });
  });

  it("accepts a grassroots union with class and ownership", () => {
    const result = validateOrganizationInput(grassroots);
    expect(result).toEqual({
      ok: true,
      value: { ...grassroots, contactPerson: "李红", contactPhone: "0416-1234567" },
    });
  });

  it("a grassroots union needs a class and an ownership, and both are reported", () => {
    const result = validateOrganizationInput({ ...grassroots, grassrootsClass: null, ownership: undefined });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ["grassrootsClass", "REQUIRED"],
      ["ownership", "REQUIRED"],
    ]);
    expect(result.errors[0]?.message).toBe("基层工会须选择 A/B/C/D 分类");
    expect(result.errors[1]?.message).toBe("基层工会须选择企业性质（国有或非公有制）");
  });

  it("class D (under 8 people) refuses 8 or more front-line workers, accepts 7", () => {
    const classD = { ...grassroots, grassrootsClass: "D" as const, ownership: "NON_PUBLIC" as const };
    expect(validateOrganizationInput({ ...classD, frontlineHeadcount: 7 }).ok).toBe(true);
    expect(validateOrganizationInput({ ...classD, frontlineHeadcount: null }).ok).toBe(true);
    for (const headcount of [8, 9, 120]) {
      const result = validateOrganizationInput({ ...classD, frontlineHeadcount: headcount });
      expect(result).toEqual({
        ok: false,
        errors: [
          {
            field: "frontlineHeadcount",
            code: "CLASS_D_TOO_LARGE",
            message: "D 类为 8 人以下小微企业，一线职工人数应少于 8",
          },
        ],
      });
    }
  });

  it("a headcount must be a whole number, not negative", () => {
    for (const headcount of [-1, 2.5, Number.NaN]) {
      const result = validateOrganizationInput({ ...grassroots, frontlineHeadcount: headcount });
      expect(result.ok ? [] : result.errors.map((e) => e.code)).toEqual(["NOT_A_COUNT"]);
    }
  });

  it("reports every problem at once, each with a Chinese message", () => {
    const result = validateOrganizationInput({
      code: "x", // too short
      name: "   ",
      kind: "GRASSROOTS_UNION",
      grassrootsClass: null,
      ownership: null,
      frontlineHeadcount: -3,
      contactPhone: "电话 123",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ["code", "ORGANIZATION_CODE_FORMAT"],
      ["name", "REQUIRED"],
      ["grassrootsClass", "REQUIRED"],
      ["ownership", "REQUIRED"],
      ["frontlineHeadcount", "NOT_A_COUNT"],
      ["contactPhone", "PHONE_FORMAT"],
    ]);
    for (const error of result.errors) expect(error.message).toMatch(chinese);
  });

  it("reports a class D headcount together with other problems", () => {
    const result = validateOrganizationInput({
      ...grassroots,
      code: "锦州港",
      name: "港".repeat(101),
      grassrootsClass: "D",
      frontlineHeadcount: 8,
    });
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.code])).toEqual([
      ["code", "ORGANIZATION_CODE_FORMAT"],
      ["name", "TOO_LONG"],
      ["frontlineHeadcount", "CLASS_D_TOO_LARGE"],
    ]);
  });

  it("checks code length bounds: 2 to 32", () => {
    expect(validateOrganizationInput({ ...county, code: "AB" }).ok).toBe(true);
    expect(validateOrganizationInput({ ...county, code: "A".repeat(32) }).ok).toBe(true);
    expect(validateOrganizationInput({ ...county, code: "A".repeat(33) }).ok).toBe(false);
    expect(validateOrganizationInput({ ...county, name: "区".repeat(100) }).ok).toBe(true);
  });
});

describe("checkPlacement", () => {
  it("only the city federation stands at the top", () => {
    expect(checkPlacement({ kind: "CITY_FEDERATION", parent: null })).toEqual([]);
    expect(checkPlacement({ kind: "COUNTY_FEDERATION", parent: null })).toEqual([
      { field: "parentId", code: "PARENT_REQUIRED", message: "请选择上级组织" },
    ]);
    expect(checkPlacement({ kind: "CITY_FEDERATION", parent: { kind: "CITY_FEDERATION", path: city } })).toEqual([
      { field: "parentId", code: "PARENT_KIND", message: "市总工会是最上级组织，不能有上级" },
    ]);
  });

  it("allows the parents the tree allows", () => {
    const cityParent = { kind: "CITY_FEDERATION" as const, path: city };
    const countyParent = { kind: "COUNTY_FEDERATION" as const, path: guta };
    const industryParent = { kind: "INDUSTRY_UNION" as const, path: industry21 };
    expect(checkPlacement({ kind: "COUNTY_FEDERATION", parent: cityParent })).toEqual([]);
    expect(checkPlacement({ kind: "INDUSTRY_UNION", parent: cityParent })).toEqual([]);
    expect(checkPlacement({ kind: "INDUSTRY_UNION", parent: countyParent })).toEqual([]);
    expect(checkPlacement({ kind: "GRASSROOTS_UNION", parent: cityParent })).toEqual([]);
    expect(checkPlacement({ kind: "GRASSROOTS_UNION", parent: countyParent })).toEqual([]);
    expect(checkPlacement({ kind: "GRASSROOTS_UNION", parent: industryParent })).toEqual([]);
  });

  it("refuses a county federation under a county federation", () => {
    expect(checkPlacement({ kind: "COUNTY_FEDERATION", parent: { kind: "COUNTY_FEDERATION", path: guta } })).toEqual([
      { field: "parentId", code: "PARENT_KIND", message: "县(市)区总工会的上级只能是市总工会" },
    ]);
  });

  it("refuses anything under a grassroots union, naming the allowed parents", () => {
    expect(
      checkPlacement({ kind: "GRASSROOTS_UNION", parent: { kind: "GRASSROOTS_UNION", path: gutaFactory } }),
    ).toEqual([
      {
        field: "parentId",
        code: "PARENT_KIND",
        message: "基层工会的上级只能是市总工会、县(市)区总工会、产业工会",
      },
    ]);
  });

  it("refuses moving an organization under itself or its own descendant", () => {
    const cycle = { field: "parentId", code: "ORGANIZATION_CYCLE", message: "不能把组织移到它自己或它的下级组织之下" };
    // An industry union may sit under a county federation, so only the cycle is wrong here.
    const industryInGuta = "/00000001/00000002/00000030/";
    const countyUnderItself = { kind: "COUNTY_FEDERATION" as const, path: guta };
    expect(checkPlacement({ kind: "INDUSTRY_UNION", parent: countyUnderItself, currentPath: guta })).toEqual([cycle]);
    expect(
      checkPlacement({
        kind: "GRASSROOTS_UNION",
        parent: { kind: "INDUSTRY_UNION", path: `${gutaFactory}00000077/` },
        currentPath: gutaFactory,
      }),
    ).toEqual([cycle]);
    expect(
      checkPlacement({
        kind: "GRASSROOTS_UNION",
        parent: { kind: "INDUSTRY_UNION", path: industryInGuta },
        currentPath: industryInGuta,
      }),
    ).toEqual([cycle]);
  });

  it("reports both a cycle and a wrong parent kind", () => {
    // 古塔区 moved under its own grassroots union 12: inside itself, and a county federation may
    // only sit under the city federation.
    expect(
      checkPlacement({
        kind: "COUNTY_FEDERATION",
        parent: { kind: "GRASSROOTS_UNION", path: gutaFactory },
        currentPath: guta,
      }),
    ).toEqual([
      { field: "parentId", code: "ORGANIZATION_CYCLE", message: "不能把组织移到它自己或它的下级组织之下" },
      { field: "parentId", code: "PARENT_KIND", message: "县(市)区总工会的上级只能是市总工会" },
    ]);
  });

  it("allows moving to a sibling whose id starts with the same digits", () => {
    // Organization 2 (古塔区's id) is not an ancestor of organization 21.
    expect(
      checkPlacement({
        kind: "GRASSROOTS_UNION",
        parent: { kind: "INDUSTRY_UNION", path: industry21 },
        currentPath: "/00000001/00000002/",
      }),
    ).toEqual([]);
  });

  it("allows moving an organization elsewhere in the tree", () => {
    expect(
      checkPlacement({
        kind: "GRASSROOTS_UNION",
        parent: { kind: "COUNTY_FEDERATION", path: linghe },
        currentPath: gutaFactory,
      }),
    ).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const id = fc.integer({ min: 1, max: 2_147_483_647 });
const smallId = fc.integer({ min: 1, max: 200 }); // small ids collide more often as digit strings
const anyId = fc.oneof(id, smallId);
const pathOf = (ids: number[]) => ids.reduce<string | null>((path, i) => childPath(path, i), null) as string;
const path = fc.array(anyId, { minLength: 1, maxLength: 6 }).map(pathOf);

describe("organization tree properties", () => {
  it("childPath(parent, id) is within the parent's subtree and never within a sibling's", () => {
    fc.assert(
      fc.property(path, anyId, anyId, (parent, child, sibling) => {
        fc.pre(child !== sibling);
        const mine = childPath(parent, child);
        expect(isWithinSubtree(mine, parent)).toBe(true);
        expect(isWithinSubtree(mine, childPath(parent, sibling))).toBe(false);
        expect(isWithinSubtree(childPath(mine, sibling), childPath(parent, sibling))).toBe(false);
        expect(idsOnPath(mine)).toEqual([...idsOnPath(parent), child]);
      }),
    );
  });

  it("rebasePath keeps a descendant within the new path, with the same ids below it", () => {
    fc.assert(
      fc.property(path, fc.array(anyId, { maxLength: 5 }), path, (oldPath, below, newPath) => {
        const descendant = below.reduce(childPath, oldPath);
        const rebased = rebasePath(descendant, oldPath, newPath);
        expect(isWithinSubtree(rebased, newPath)).toBe(true);
        expect(idsOnPath(rebased)).toEqual([...idsOnPath(newPath), ...below]);
      }),
    );
  });

  it("a placement under one's own subtree is always refused as a cycle", () => {
    fc.assert(
      fc.property(path, fc.array(anyId, { maxLength: 4 }), (current, below) => {
        const parentPath = below.reduce(childPath, current);
        const errors = checkPlacement({
          kind: "GRASSROOTS_UNION",
          parent: { kind: "INDUSTRY_UNION", path: parentPath },
          currentPath: current,
        });
        expect(errors.map((e) => e.code)).toContain("ORGANIZATION_CYCLE");
      }),
    );
  });
});

describe("checkKindChange", () => {
  it("allows a change that keeps children and workers where they may be", () => {
    expect(checkKindChange({ newKind: "COUNTY_FEDERATION", childKinds: ["GRASSROOTS_UNION"], workerCount: 0 })).toEqual(
      [],
    );
    expect(checkKindChange({ newKind: "GRASSROOTS_UNION", childKinds: [], workerCount: 25 })).toEqual([]);
  });

  it("refuses stranding children, naming each kind once", () => {
    expect(
      checkKindChange({
        newKind: "INDUSTRY_UNION",
        childKinds: ["INDUSTRY_UNION", "GRASSROOTS_UNION", "INDUSTRY_UNION"],
        workerCount: 0,
      }),
    ).toEqual([
      {
        field: "kind",
        code: "KIND_STRANDS_CHILDREN",
        message: "该组织下有产业工会，不能改为产业工会",
      },
    ]);
    expect(
      checkKindChange({ newKind: "GRASSROOTS_UNION", childKinds: ["GRASSROOTS_UNION"], workerCount: 0 }),
    ).toMatchObject([{ code: "KIND_STRANDS_CHILDREN", message: "该组织下有基层工会，不能改为基层工会" }]);
  });

  it("refuses a change that strands workers, and reports it together with stranded children", () => {
    expect(checkKindChange({ newKind: "INDUSTRY_UNION", childKinds: [], workerCount: 1 })).toEqual([
      {
        field: "kind",
        code: "KIND_STRANDS_WORKERS",
        message: "该组织登记了 1 名职工，职工只能归属基层工会，请先调整职工所在单位",
      },
    ]);
    expect(
      checkKindChange({ newKind: "COUNTY_FEDERATION", childKinds: ["COUNTY_FEDERATION"], workerCount: 3 }),
    ).toEqual([
      {
        field: "kind",
        code: "KIND_STRANDS_CHILDREN",
        message: "该组织下有县(市)区总工会，不能改为县(市)区总工会",
      },
      {
        field: "kind",
        code: "KIND_STRANDS_WORKERS",
        message: "该组织登记了 3 名职工，职工只能归属基层工会，请先调整职工所在单位",
      },
    ]);
  });
});

describe("isWithinSubtree with a damaged root", () => {
  it("grants nothing for an empty or malformed root path", () => {
    expect(isWithinSubtree("/00000001/00000004/", "")).toBe(false);
    expect(isWithinSubtree("/00000001/00000004/", "/")).toBe(false);
    expect(isWithinSubtree("/00000001/00000004/", "00000001")).toBe(false);
  });
});
