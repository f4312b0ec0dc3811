import { describe, expect, it } from "vitest";
import {
  mayManageOrganizationAt,
  mayManageWorkersAt,
  mayRemoveOrganization,
  organizationReadScope,
  type ReadScope,
  seesSensitiveWorkerData,
  type WorkerReadScope,
  workerReadScope,
} from "./access.ts";
import { isWithinSubtree } from "./organization-tree.ts";
import { type Actor, type Role, roles } from "./roles.ts";

// 市总工会 (1) → 古塔区 (2) → 基层工会 (12); 市总工会 → 凌河区 (3) → 基层工会 (15); 市总工会 → 产业工会 (21).
const tree = {
  市总工会: "/00000001/",
  古塔区: "/00000001/00000002/",
  古塔区基层: "/00000001/00000002/00000012/",
  凌河区: "/00000001/00000003/",
  凌河区基层: "/00000001/00000003/00000015/",
  产业工会21: "/00000001/00000021/",
} as const;

const admin: Actor = { userId: 1, role: "ADMIN", scopePath: tree.市总工会, workerId: null };
const organizer: Actor = { userId: 2, role: "ORGANIZER", scopePath: tree.市总工会, workerId: null };
const gutaAdmin: Actor = { userId: 3, role: "UNIT_ADMIN", scopePath: tree.古塔区, workerId: null };
const judge: Actor = { userId: 4, role: "JUDGE", scopePath: tree.古塔区, workerId: null };
const worker: Actor = { userId: 5, role: "WORKER", scopePath: tree.古塔区基层, workerId: 42 };
const workerWithoutRecord: Actor = { userId: 6, role: "WORKER", scopePath: tree.古塔区基层, workerId: null };

/** What a query filtered by the scope would return out of the whole tree. */
function visible(scope: ReadScope): string[] {
  const all = Object.values(tree);
  if (scope.kind === "all") return all;
  if (scope.kind === "none") return [];
  return all.filter((path) => isWithinSubtree(path, scope.rootPath));
}

describe("organizationReadScope", () => {
  it("a unit admin of 古塔区 sees 古塔区 and its subtree, but not 凌河区 or organization 21", () => {
    expect(organizationReadScope(gutaAdmin)).toEqual({ kind: "subtree", rootPath: tree.古塔区 });
    expect(visible(organizationReadScope(gutaAdmin))).toEqual([tree.古塔区, tree.古塔区基层]);
  });

  it("every other role sees the whole (non-confidential) tree", () => {
    for (const actor of [admin, organizer, judge, worker, workerWithoutRecord]) {
      expect(organizationReadScope(actor)).toEqual({ kind: "all" });
    }
  });
});

describe("workerReadScope", () => {
  it("admins and organizers see all workers", () => {
    expect(workerReadScope(admin)).toEqual({ kind: "all" });
    expect(workerReadScope(organizer)).toEqual({ kind: "all" });
  });

  it("a unit admin sees the workers of their subtree", () => {
    expect(workerReadScope(gutaAdmin)).toEqual({ kind: "subtree", rootPath: tree.古塔区 });
  });

  it("a worker sees only themself, or nothing without a worker record", () => {
    expect(workerReadScope(worker)).toEqual({ kind: "self", workerId: 42 });
    expect(workerReadScope(workerWithoutRecord)).toEqual({ kind: "none" });
  });

  it("a judge sees no workers", () => {
    expect(workerReadScope(judge)).toEqual({ kind: "none" });
  });

  it("covers every role", () => {
    for (const role of roles) {
      const scope: WorkerReadScope = workerReadScope({ userId: 9, role, scopePath: tree.古塔区, workerId: 7 });
      expect(["all", "subtree", "self", "none"]).toContain(scope.kind);
    }
  });
});

describe("mayManageOrganizationAt", () => {
  it("the admin manages anywhere in the tree", () => {
    for (const path of Object.values(tree)) expect(mayManageOrganizationAt(admin, path)).toBe(true);
  });

  it("a unit admin manages inside their subtree only", () => {
    expect(mayManageOrganizationAt(gutaAdmin, tree.古塔区)).toBe(true);
    expect(mayManageOrganizationAt(gutaAdmin, tree.古塔区基层)).toBe(true);
    expect(mayManageOrganizationAt(gutaAdmin, tree.市总工会)).toBe(false);
    expect(mayManageOrganizationAt(gutaAdmin, tree.凌河区)).toBe(false);
    expect(mayManageOrganizationAt(gutaAdmin, tree.凌河区基层)).toBe(false);
    expect(mayManageOrganizationAt(gutaAdmin, tree.产业工会21)).toBe(false);
  });

  it("organizers, judges and workers manage no organizations", () => {
    for (const actor of [organizer, judge, worker]) {
      for (const path of Object.values(tree)) expect(mayManageOrganizationAt(actor, path)).toBe(false);
    }
  });
});

describe("mayRemoveOrganization", () => {
  it("a unit admin may remove organizations below their root, never the root itself", () => {
    expect(mayRemoveOrganization(gutaAdmin, tree.古塔区基层)).toBe(true);
    expect(mayRemoveOrganization(gutaAdmin, tree.古塔区)).toBe(false);
    expect(mayRemoveOrganization(gutaAdmin, tree.凌河区基层)).toBe(false);
    expect(mayRemoveOrganization(gutaAdmin, tree.市总工会)).toBe(false);
  });

  it("the admin may remove anything but the city federation at the top of their scope", () => {
    expect(mayRemoveOrganization(admin, tree.凌河区)).toBe(true);
    expect(mayRemoveOrganization(admin, tree.古塔区基层)).toBe(true);
    expect(mayRemoveOrganization(admin, tree.市总工会)).toBe(false);
  });

  it("organizers, judges and workers remove nothing", () => {
    for (const actor of [organizer, judge, worker]) {
      for (const path of Object.values(tree)) expect(mayRemoveOrganization(actor, path)).toBe(false);
    }
  });
});

describe("mayManageWorkersAt", () => {
  it("the admin manages workers everywhere", () => {
    for (const path of Object.values(tree)) expect(mayManageWorkersAt(admin, path)).toBe(true);
  });

  it("a unit admin manages workers in their subtree only", () => {
    expect(mayManageWorkersAt(gutaAdmin, tree.古塔区)).toBe(true);
    expect(mayManageWorkersAt(gutaAdmin, tree.古塔区基层)).toBe(true);
    expect(mayManageWorkersAt(gutaAdmin, tree.凌河区基层)).toBe(false);
    expect(mayManageWorkersAt(gutaAdmin, tree.产业工会21)).toBe(false);
    expect(mayManageWorkersAt(gutaAdmin, tree.市总工会)).toBe(false);
  });

  it("organizers, judges and workers manage no workers, even inside their scope path", () => {
    for (const actor of [organizer, judge, worker, workerWithoutRecord]) {
      expect(mayManageWorkersAt(actor, actor.scopePath)).toBe(false);
      expect(mayManageWorkersAt(actor, tree.古塔区基层)).toBe(false);
    }
  });
});

describe("seesSensitiveWorkerData", () => {
  const inGuta = { id: 42, organizationPath: tree.古塔区基层 };
  const inLinghe = { id: 43, organizationPath: tree.凌河区基层 };
  const in21 = { id: 44, organizationPath: tree.产业工会21 };

  it("the admin sees every worker's full ID number and phone", () => {
    for (const w of [inGuta, inLinghe, in21]) expect(seesSensitiveWorkerData(admin, w)).toBe(true);
  });

  it("a unit admin sees them for workers in their subtree only", () => {
    expect(seesSensitiveWorkerData(gutaAdmin, inGuta)).toBe(true);
    expect(seesSensitiveWorkerData(gutaAdmin, inLinghe)).toBe(false);
    expect(seesSensitiveWorkerData(gutaAdmin, in21)).toBe(false);
  });

  it("a worker sees their own only", () => {
    expect(seesSensitiveWorkerData(worker, inGuta)).toBe(true);
    expect(seesSensitiveWorkerData(worker, { id: 45, organizationPath: tree.古塔区基层 })).toBe(false);
    expect(seesSensitiveWorkerData(workerWithoutRecord, inGuta)).toBe(false);
  });

  it("organizers and judges see them masked", () => {
    for (const w of [inGuta, inLinghe, in21]) {
      expect(seesSensitiveWorkerData(organizer, w)).toBe(false);
      expect(seesSensitiveWorkerData(judge, w)).toBe(false);
    }
  });
});

describe("each predicate, role by role, at an organization inside the actor's scope", () => {
  // One table, so a change to any role's rights shows up here as a single diff.
  const expected: Record<Role, [string, boolean, boolean, boolean, boolean]> = {
    //           read scope, manage org, remove org, manage workers, sensitive
    ADMIN: ["all", true, true, true, true],
    ORGANIZER: ["all", false, false, false, false],
    UNIT_ADMIN: ["subtree", true, true, true, true],
    JUDGE: ["none", false, false, false, false],
    WORKER: ["self", false, false, false, false],
  };
  for (const role of roles) {
    it(role, () => {
      const actor: Actor = { userId: 9, role, scopePath: tree.古塔区, workerId: 7 };
      const someoneElse = { id: 8, organizationPath: tree.古塔区基层 };
      expect([
        workerReadScope(actor).kind,
        mayManageOrganizationAt(actor, tree.古塔区基层),
        mayRemoveOrganization(actor, tree.古塔区基层),
        mayManageWorkersAt(actor, tree.古塔区基层),
        seesSensitiveWorkerData(actor, someoneElse),
      ]).toEqual(expected[role]);
    });
  }
});
