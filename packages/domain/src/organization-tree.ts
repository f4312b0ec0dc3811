import type { FieldError, Validated } from "./errors.ts";

/**
 * Organizations form a tree stored with materialized paths: "/00000001/00000004/00000017/" lists
 * the ids, zero-padded to 8 digits, from the city federation down to the organization itself. A
 * subtree is every path with that prefix, and sorting by path lists the tree depth-first.
 */
export type OrganizationKind = "CITY_FEDERATION" | "COUNTY_FEDERATION" | "INDUSTRY_UNION" | "GRASSROOTS_UNION";
export type GrassrootsClass = "A" | "B" | "C" | "D";
export type Ownership = "STATE_OWNED" | "NON_PUBLIC";

export const organizationKindLabels: Record<OrganizationKind, string> = {
  CITY_FEDERATION: "市总工会",
  COUNTY_FEDERATION: "县(市)区总工会",
  INDUSTRY_UNION: "产业工会",
  GRASSROOTS_UNION: "基层工会",
};

export const grassrootsClassLabels: Record<GrassrootsClass, string> = {
  A: "A 类（百人以上企业）",
  B: "B 类（园区企业）",
  C: "C 类（行业、区域工会）",
  D: "D 类（8 人以下小微企业）",
};

export const ownershipLabels: Record<Ownership, string> = {
  STATE_OWNED: "国有企业",
  NON_PUBLIC: "非公有制企业",
};

/** Which kinds an organization of each kind may hang under. */
export const allowedParentKinds: Record<OrganizationKind, readonly OrganizationKind[]> = {
  CITY_FEDERATION: [],
  COUNTY_FEDERATION: ["CITY_FEDERATION"],
  INDUSTRY_UNION: ["CITY_FEDERATION", "COUNTY_FEDERATION"],
  GRASSROOTS_UNION: ["CITY_FEDERATION", "COUNTY_FEDERATION", "INDUSTRY_UNION"],
};

const pathSegmentWidth = 8;

export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? "/"}${String(id).padStart(pathSegmentWidth, "0")}/`;
}

/** True when the organization at `path` is `rootPath` itself or below it. */
export function isWithinSubtree(path: string, rootPath: string): boolean {
  // An empty or malformed root would otherwise be a prefix of everything and grant the whole tree.
  return rootPath.startsWith("/") && rootPath.endsWith("/") && rootPath.length > 1 && path.startsWith(rootPath);
}

/** The ids on a path, from the top: "/00000001/00000004/" → [1, 4]. */
export function idsOnPath(path: string): number[] {
  return path.split("/").filter(Boolean).map(Number);
}

/** The new path of a descendant when its ancestor moves from `oldPath` to `newPath`. */
export function rebasePath(descendantPath: string, oldPath: string, newPath: string): string {
  if (!isWithinSubtree(descendantPath, oldPath)) throw new RangeError(`${descendantPath} is not under ${oldPath}`);
  return newPath + descendantPath.slice(oldPath.length);
}

export interface OrganizationInput {
  code: string;
  name: string;
  kind: OrganizationKind;
  grassrootsClass?: GrassrootsClass | null;
  ownership?: Ownership | null;
  frontlineHeadcount?: number | null;
  contactPerson?: string | null;
  contactPhone?: string | null;
}

export interface OrganizationPlacement {
  kind: OrganizationKind;
  /** The intended parent, or null for the root. */
  parent: { kind: OrganizationKind; path: string } | null;
  /** The organization's current path when it already exists (for moves). */
  currentPath?: string;
}

/** Checks an organization's own fields; grassroots unions need a class and an ownership. */
export function validateOrganizationInput(input: OrganizationInput): Validated<OrganizationInput> {
  const errors: FieldError[] = [];
  const code = input.code.trim();
  const name = input.name.trim();
  if (!/^[A-Za-z0-9-]{2,32}$/.test(code)) {
    errors.push({ field: "code", code: "ORGANIZATION_CODE_FORMAT", message: "组织代码为 2–32 位字母、数字或连字符" });
  }
  if (name.length === 0) errors.push({ field: "name", code: "REQUIRED", message: "请填写组织名称" });
  else if (name.length > 100) errors.push({ field: "name", code: "TOO_LONG", message: "组织名称不能超过 100 个字" });
  const grassroots = input.kind === "GRASSROOTS_UNION";
  if (grassroots && !input.grassrootsClass) {
    errors.push({ field: "grassrootsClass", code: "REQUIRED", message: "基层工会须选择 A/B/C/D 分类" });
  }
  if (grassroots && !input.ownership) {
    errors.push({ field: "ownership", code: "REQUIRED", message: "基层工会须选择企业性质（国有或非公有制）" });
  }
  const headcount = input.frontlineHeadcount;
  if (headcount !== undefined && headcount !== null) {
    if (!Number.isInteger(headcount) || headcount < 0) {
      errors.push({ field: "frontlineHeadcount", code: "NOT_A_COUNT", message: "一线职工人数应为不小于 0 的整数" });
    } else if (grassroots && input.grassrootsClass === "D" && headcount >= 8) {
      errors.push({
        field: "frontlineHeadcount",
        code: "CLASS_D_TOO_LARGE",
        message: "D 类为 8 人以下小微企业，一线职工人数应少于 8",
      });
    }
  }
  const contactPhone = input.contactPhone?.trim() || null;
  if (contactPhone && !/^[\d-]{7,20}$/.test(contactPhone)) {
    errors.push({ field: "contactPhone", code: "PHONE_FORMAT", message: "联系电话只能包含数字和连字符" });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...input,
      code,
      name,
      grassrootsClass: grassroots ? (input.grassrootsClass ?? null) : null,
      ownership: grassroots ? (input.ownership ?? null) : null,
      frontlineHeadcount: headcount ?? null,
      contactPerson: input.contactPerson?.trim() || null,
      contactPhone,
    },
  };
}

/**
 * Checks where an organization sits: a parent of an allowed kind, and never inside itself.
 * Reports every problem found (a cycle and a wrong parent kind together), never just the first.
 */
export function checkPlacement(placement: OrganizationPlacement): FieldError[] {
  const { kind, parent, currentPath } = placement;
  if (parent === null) {
    return kind === "CITY_FEDERATION"
      ? []
      : [{ field: "parentId", code: "PARENT_REQUIRED", message: "请选择上级组织" }];
  }
  const errors: FieldError[] = [];
  if (currentPath !== undefined && isWithinSubtree(parent.path, currentPath)) {
    errors.push({ field: "parentId", code: "ORGANIZATION_CYCLE", message: "不能把组织移到它自己或它的下级组织之下" });
  }
  if (!allowedParentKinds[kind].includes(parent.kind)) {
    const allowed = allowedParentKinds[kind].map((k) => organizationKindLabels[k]).join("、");
    errors.push({
      field: "parentId",
      code: "PARENT_KIND",
      message:
        allowed === ""
          ? `${organizationKindLabels[kind]}是最上级组织，不能有上级`
          : `${organizationKindLabels[kind]}的上级只能是${allowed}`,
    });
  }
  return errors;
}

/**
 * Changing an organization's kind must keep the tree valid: its children must still be allowed
 * under it, and workers belong only to grassroots unions.
 */
export function checkKindChange(change: {
  newKind: OrganizationKind;
  childKinds: readonly OrganizationKind[];
  workerCount: number;
}): FieldError[] {
  const errors: FieldError[] = [];
  const stranded = [...new Set(change.childKinds)].filter((kind) => !allowedParentKinds[kind].includes(change.newKind));
  if (stranded.length > 0) {
    errors.push({
      field: "kind",
      code: "KIND_STRANDS_CHILDREN",
      message: `该组织下有${stranded.map((kind) => organizationKindLabels[kind]).join("、")}，不能改为${organizationKindLabels[change.newKind]}`,
    });
  }
  if (change.newKind !== "GRASSROOTS_UNION" && change.workerCount > 0) {
    errors.push({
      field: "kind",
      code: "KIND_STRANDS_WORKERS",
      message: `该组织登记了 ${change.workerCount} 名职工，职工只能归属基层工会，请先调整职工所在单位`,
    });
  }
  return errors;
}
