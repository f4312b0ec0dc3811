import { roles } from "@jinzhou/domain";
import { describe, expect, it } from "vitest";
import { mayAccess } from "./access.ts";

describe("mayAccess", () => {
  it("lets admins and unit admins manage organizations and workers", () => {
    for (const role of ["ADMIN", "UNIT_ADMIN"] as const) {
      for (const resource of ["Organization", "Worker"]) {
        for (const action of ["list", "show", "create", "edit", "delete"]) {
          expect(mayAccess(role, resource, action), `${role} ${action} ${resource}`).toBe(true);
        }
      }
    }
  });

  it("lets organizers read but not write", () => {
    for (const resource of ["Organization", "Worker"]) {
      expect(mayAccess("ORGANIZER", resource, "list")).toBe(true);
      expect(mayAccess("ORGANIZER", resource, "show")).toBe(true);
      expect(mayAccess("ORGANIZER", resource, "create")).toBe(false);
      expect(mayAccess("ORGANIZER", resource, "edit")).toBe(false);
      expect(mayAccess("ORGANIZER", resource, "delete")).toBe(false);
    }
  });

  it("shows judges and workers no roster at all", () => {
    for (const role of ["JUDGE", "WORKER"] as const) {
      for (const action of ["list", "show", "create", "edit", "delete"]) {
        expect(mayAccess(role, "Worker", action)).toBe(false);
      }
      expect(mayAccess(role, "Organization", "list")).toBe(true);
      expect(mayAccess(role, "Organization", "edit")).toBe(false);
    }
  });

  it("refuses exports and unknown resources to everyone", () => {
    for (const role of roles) {
      expect(mayAccess(role, "Worker", "export")).toBe(false);
      expect(mayAccess(role, "NoSuchResource", "list")).toBe(false);
    }
  });

  it("lists the departments, read-only, to the admin and organizers only", () => {
    for (const role of roles) {
      const reads = role === "ADMIN" || role === "ORGANIZER";
      expect(mayAccess(role, "Department", "list")).toBe(reads);
      for (const action of ["create", "edit", "delete"]) expect(mayAccess(role, "Department", action)).toBe(false);
    }
  });

  it("lets the reviewing roles list and show registrations, and nobody create or edit them", () => {
    for (const role of roles) {
      const reviews = role === "ADMIN" || role === "ORGANIZER" || role === "UNIT_ADMIN";
      expect(mayAccess(role, "Registration", "list")).toBe(reviews);
      expect(mayAccess(role, "Registration", "show")).toBe(reviews);
      for (const action of ["create", "edit", "delete", "export"]) {
        expect(mayAccess(role, "Registration", action)).toBe(false);
      }
    }
  });

  it("lets every role read activities and only the admin and organizers create, edit and move them", () => {
    for (const role of roles) {
      const acts = role === "ADMIN" || role === "ORGANIZER";
      expect(mayAccess(role, "Activity", "list")).toBe(true);
      expect(mayAccess(role, "Activity", "show")).toBe(true);
      for (const action of ["create", "edit", "transition"]) expect(mayAccess(role, "Activity", action)).toBe(acts);
      expect(mayAccess(role, "Activity", "delete")).toBe(false);
    }
  });
});

describe("mayAccess: unit enrolment, nominations and roster import", () => {
  it("opens 单位报名 to unit admins and the admin only", () => {
    for (const role of roles) {
      const allowed = role === "UNIT_ADMIN" || role === "ADMIN";
      expect(mayAccess(role, "Enrolment", "list"), role).toBe(allowed);
      expect(mayAccess(role, "Enrolment", "delete"), role).toBe(false);
    }
  });
});

describe("mayAccess for the results desk", () => {
  it("opens 成绩与证书 to the admin and organizers only", () => {
    for (const role of roles) {
      expect(mayAccess(role, "Result", "list")).toBe(role === "ADMIN" || role === "ORGANIZER");
      expect(mayAccess(role, "Result", "delete")).toBe(false);
    }
  });
});

describe("mayAccess for judging", () => {
  it("opens 评审 to the admin and organizers, and 我的评分 to judges only", () => {
    for (const role of roles) {
      expect(mayAccess(role, "Judging", "list"), role).toBe(role === "ADMIN" || role === "ORGANIZER");
      expect(mayAccess(role, "ScoringSheet", "list"), role).toBe(role === "JUDGE");
      expect(mayAccess(role, "Judging", "delete"), role).toBe(false);
      expect(mayAccess(role, "ScoringSheet", "edit"), role).toBe(false);
    }
  });
});

describe("mayAccess for the tournament desk", () => {
  it("opens 赛事编排 to the admin and organizers only, and only to open it", () => {
    for (const role of roles) {
      expect(mayAccess(role, "TournamentDesk", "list"), role).toBe(role === "ADMIN" || role === "ORGANIZER");
      expect(mayAccess(role, "TournamentDesk", "delete"), role).toBe(false);
      expect(mayAccess(role, "TournamentDesk", "edit"), role).toBe(false);
    }
  });
});

describe("mayAccess for reviews and public votes", () => {
  it("opens declarations to every review level and recommendations to the organizers, read-only", () => {
    const reviewers: Record<string, Set<string>> = {
      Declaration: new Set(["ADMIN", "ORGANIZER", "UNIT_ADMIN"]),
      Recommendation: new Set(["ADMIN", "ORGANIZER"]),
    };
    for (const role of roles) {
      for (const resource of ["Declaration", "Recommendation"]) {
        const may = reviewers[resource]?.has(role);
        expect(mayAccess(role, resource, "list"), `${role} ${resource}`).toBe(may);
        expect(mayAccess(role, resource, "show"), `${role} ${resource}`).toBe(may);
        expect(mayAccess(role, resource, "edit"), `${role} ${resource}`).toBe(false);
        expect(mayAccess(role, resource, "delete"), `${role} ${resource}`).toBe(false);
      }
    }
  });

  it("lets unit admins follow indicator reports, and only the admin and organizers review them", () => {
    for (const role of roles) {
      expect(mayAccess(role, "IndicatorReport", "list"), role).toBe(
        role === "ADMIN" || role === "ORGANIZER" || role === "UNIT_ADMIN",
      );
      expect(mayAccess(role, "IndicatorReport", "review"), role).toBe(role === "ADMIN" || role === "ORGANIZER");
      expect(mayAccess(role, "IndicatorReport", "create"), role).toBe(false);
    }
  });

  it("opens the public vote desk to the admin and organizers only", () => {
    for (const role of roles) {
      expect(mayAccess(role, "PublicVote", "list"), role).toBe(role === "ADMIN" || role === "ORGANIZER");
      expect(mayAccess(role, "PublicVote", "delete"), role).toBe(false);
    }
  });
});

describe("mayAccess for users, the audit log and the holiday calendar", () => {
  it("lets only the admin manage accounts, never deleting them", () => {
    for (const action of ["list", "show", "create", "edit"]) expect(mayAccess("ADMIN", "User", action)).toBe(true);
    expect(mayAccess("ADMIN", "User", "delete")).toBe(false);
    for (const role of ["ORGANIZER", "UNIT_ADMIN", "JUDGE", "WORKER"] as const) {
      expect(mayAccess(role, "User", "list")).toBe(false);
    }
  });

  it("lets only the admin read the audit log, and nobody write it", () => {
    expect(mayAccess("ADMIN", "AuditEntry", "list")).toBe(true);
    expect(mayAccess("ADMIN", "AuditEntry", "show")).toBe(true);
    expect(mayAccess("ADMIN", "AuditEntry", "edit")).toBe(false);
    expect(mayAccess("ADMIN", "AuditEntry", "delete")).toBe(false);
    expect(mayAccess("ORGANIZER", "AuditEntry", "list")).toBe(false);
  });

  it("lets the admin keep the holiday calendar and organizers read it", () => {
    for (const action of ["list", "create", "edit", "delete"]) expect(mayAccess("ADMIN", "Holiday", action)).toBe(true);
    expect(mayAccess("ORGANIZER", "Holiday", "list")).toBe(true);
    expect(mayAccess("ORGANIZER", "Holiday", "edit")).toBe(false);
    expect(mayAccess("UNIT_ADMIN", "Holiday", "list")).toBe(false);
    expect(mayAccess("JUDGE", "Holiday", "list")).toBe(false);
  });
});

describe("mayAccess: nominations", () => {
  it("lets unit admins nominate and organizers read every unit's nominations", () => {
    expect(mayAccess("UNIT_ADMIN", "Nomination", "create")).toBe(true);
    expect(mayAccess("ADMIN", "Nomination", "create")).toBe(true);
    expect(mayAccess("ORGANIZER", "Nomination", "create")).toBe(false);
    for (const role of ["ADMIN", "ORGANIZER", "UNIT_ADMIN"] as const) {
      expect(mayAccess(role, "Nomination", "list"), role).toBe(true);
      expect(mayAccess(role, "Nomination", "edit"), role).toBe(false);
    }
    for (const role of ["JUDGE", "WORKER"] as const) expect(mayAccess(role, "Nomination", "list"), role).toBe(false);
  });
});

describe("mayAccess: roster import", () => {
  it("opens 名册导入 to the admin and unit admins only", () => {
    for (const role of roles) {
      expect(mayAccess(role, "RosterImport", "list"), role).toBe(role === "ADMIN" || role === "UNIT_ADMIN");
    }
  });
});
