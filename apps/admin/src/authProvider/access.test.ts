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
      expect(mayAccess(role, "User", "list")).toBe(false);
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
