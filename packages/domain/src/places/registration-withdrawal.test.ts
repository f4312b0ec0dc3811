import { describe, expect, it } from "vitest";
import type { Registration, RegistrationActor } from "./registration.ts";
import { type RegistrationWithdrawalContext, withdrawRegistration } from "./registration-withdrawal.ts";

const unitPath = "/00000001/00000006/00000037/";
const mine: Registration = {
  id: 21,
  registeredAt: new Date("2015-09-01T02:00:00Z"),
  state: "CONFIRMED",
  workerId: 301,
  unitPath,
};
const waiting: Registration = {
  ...mine,
  id: 22,
  registeredAt: new Date("2015-09-02T02:00:00Z"),
  state: "WAITLISTED",
  workerId: 302,
};
const context: RegistrationWithdrawalContext = {
  registrationClosesOn: "2015-09-20",
  ownerDepartment: { code: "WHG", name: "文化宫" },
  places: { capacity: 1 },
};

const actor = (overrides: Partial<RegistrationActor>): RegistrationActor => ({
  userId: 1,
  role: "WORKER",
  scopePath: unitPath,
  workerId: null,
  departmentCode: null,
  ...overrides,
});
const self = actor({ userId: 41, workerId: 301 });
const otherWorker = actor({ userId: 42, workerId: 999 });
const unitAdmin = actor({ userId: 43, role: "UNIT_ADMIN", scopePath: unitPath });
const countyAdmin = actor({ userId: 44, role: "UNIT_ADMIN", scopePath: "/00000001/00000006/" });
const otherUnitAdmin = actor({ userId: 45, role: "UNIT_ADMIN", scopePath: "/00000001/00000002/" });
const organizer = actor({ userId: 46, role: "ORGANIZER", scopePath: "/00000001/", departmentCode: "WHG" });
const otherOrganizer = actor({ userId: 47, role: "ORGANIZER", scopePath: "/00000001/", departmentCode: "XJB" });
const admin = actor({ userId: 48, role: "ADMIN", scopePath: "/00000001/" });

function attempt(by: RegistrationActor, today: string, reason: string | null = null, list = [mine, waiting]) {
  return withdrawRegistration(list, { registrationId: 21, actor: by, today, reason }, context);
}
const codesOf = (outcome: ReturnType<typeof attempt>) => (outcome.ok ? [] : outcome.reasons.map((r) => r.code));

describe("withdrawing a registration (已撤销)", () => {
  it("lets the worker, and unit admins above their unit, withdraw through the deadline day", () => {
    for (const by of [self, unitAdmin, countyAdmin]) {
      const outcome = attempt(by, "2015-09-20");
      expect(outcome.ok).toBe(true);
      if (outcome.ok) {
        expect(outcome.audit).toMatchObject({ actorUserId: by.userId, before: "CONFIRMED", afterDeadline: false });
        // The one place goes to #22, waiting.
        expect(outcome.placeChanges).toEqual([{ registrationId: 22, before: "WAITLISTED", after: "CONFIRMED" }]);
      }
    }
  });

  it("sends the registrant's side to the organizer after the deadline", () => {
    expect(attempt(self, "2015-09-21")).toEqual({
      ok: false,
      reasons: [
        {
          code: "WITHDRAWAL_DEADLINE_PASSED",
          message: "报名截止日期（2015年9月20日）已过，不能自行撤销报名；如需退出，请联系主办部门（文化宫）",
        },
      ],
    });
  });

  it("lets the owning department's organizer withdraw at any time, with a reason", () => {
    expect(codesOf(attempt(organizer, "2015-09-25"))).toEqual(["WITHDRAWAL_REASON_REQUIRED"]);
    const outcome = attempt(organizer, "2015-09-25", "  本人因公出差，无法参赛  ");
    expect(outcome.ok && outcome.audit).toEqual({
      registrationId: 21,
      action: "WITHDRAW",
      actorUserId: 46,
      actorRole: "ORGANIZER",
      before: "CONFIRMED",
      after: "WITHDRAWN",
      reason: "本人因公出差，无法参赛",
      afterDeadline: true,
    });
  });

  it("refuses everyone else, the federation admin included", () => {
    for (const by of [otherWorker, otherUnitAdmin, otherOrganizer, admin]) {
      expect(attempt(by, "2015-09-10")).toEqual({
        ok: false,
        reasons: [
          {
            code: "WITHDRAWAL_NOT_ALLOWED",
            message: "只有报名人本人、其所在单位的单位管理员或主办部门（文化宫）可以撤销这份报名",
          },
        ],
      });
    }
  });

  it("refuses registrations already withdrawn or rejected, and reasons that are too long", () => {
    expect(codesOf(attempt(self, "2015-09-10", null, [{ ...mine, state: "WITHDRAWN" }]))).toEqual([
      "REGISTRATION_ALREADY_WITHDRAWN",
    ]);
    expect(codesOf(attempt(self, "2015-09-10", null, [{ ...mine, state: "REJECTED" }]))).toEqual([
      "REGISTRATION_NOT_WITHDRAWABLE",
    ]);
    expect(codesOf(attempt(self, "2015-09-10", "长".repeat(501)))).toEqual(["TOO_LONG"]);
  });

  it("withdraws a registration still under review or returned, and counts no places for nominations", () => {
    const pending = { ...mine, state: "PENDING_COUNTY" as const };
    const approved = { ...waiting, state: "APPROVED" as const };
    const outcome = withdrawRegistration(
      [approved, pending],
      { registrationId: 21, actor: unitAdmin, today: "2015-09-01" },
      { ...context, places: null },
    );
    expect(outcome.ok && outcome.registrations.map((r) => [r.id, r.state])).toEqual([
      [21, "WITHDRAWN"],
      [22, "APPROVED"],
    ]);
    expect(outcome.ok && outcome.places).toBe(null);
  });

  it("treats a missing deadline as registration still open", () => {
    const outcome = withdrawRegistration(
      [mine],
      { registrationId: 21, actor: self, today: "2016-01-01" },
      { ...context, registrationClosesOn: null },
    );
    expect(outcome.ok).toBe(true);
  });

  it("throws for an unknown registration or a malformed today (programmer errors)", () => {
    expect(() =>
      withdrawRegistration([mine], { registrationId: 99, actor: self, today: "2015-09-01" }, context),
    ).toThrow(RangeError);
    expect(() => withdrawRegistration([mine], { registrationId: 21, actor: self, today: "2015-9-1" }, context)).toThrow(
      RangeError,
    );
  });
});
