import { describe, expect, it } from "vitest";
import { changeCategoryCapacity } from "./category-capacity-change.ts";
import { settleCategoryPlaces, waitingListPositions } from "./category-places.ts";
import type { Registration, RegistrationActor } from "./registration.ts";
import type { RegistrationState } from "./registration-state.ts";
import { withdrawRegistration } from "./registration-withdrawal.ts";

// 男子单打 of the badminton tournament, 3 places. Times are UTC; China time is 8 hours later.
const unit = "/00000001/00000002/00000011/";
function registration(id: number, registeredAt: string, state: RegistrationState = "APPROVED"): Registration {
  return { id, registeredAt: new Date(registeredAt), state, workerId: 900 + id, unitPath: unit };
}
const submitted = [
  registration(13, "2015-09-02T02:00:00Z"), // 9月2日 10:00
  registration(11, "2015-09-01T00:30:00Z"), // 9月1日 08:30
  registration(15, "2015-09-01T01:00:00Z"), // 9月1日 09:00, the same instant as #12
  registration(14, "2015-09-01T12:00:00Z"), // 9月1日 20:00
  registration(12, "2015-09-01T01:00:00Z"), // 9月1日 09:00
];
// Registration order: #11 (08:30), #12 (09:00, id 12), #15 (09:00, id 15), #14 (20:00), #13 (2 Sept).

function statesOf(registrations: readonly Registration[]): Record<number, RegistrationState> {
  return Object.fromEntries(registrations.map((r) => [r.id, r.state]));
}
const positionsOf = (places: { waitingPositions: ReadonlyMap<number, number> }) => [...places.waitingPositions];

function worker(id: number): RegistrationActor {
  return { userId: 5000 + id, role: "WORKER", scopePath: unit, workerId: 900 + id, departmentCode: null };
}
const withdrawalContext = {
  registrationClosesOn: "2015-09-20",
  ownerDepartment: { code: "WHG", name: "文化宫" },
  places: { capacity: 3 },
};
function withdraw(registrations: readonly Registration[], id: number) {
  const outcome = withdrawRegistration(
    registrations,
    { registrationId: id, actor: worker(id), today: "2015-09-10" },
    withdrawalContext,
  );
  if (!outcome.ok) throw new Error(outcome.reasons.map((reason) => reason.message).join("；"));
  return outcome;
}

describe("3 places, 5 registrations approved together", () => {
  const placed = settleCategoryPlaces(submitted, 3);

  it("confirms the first three by registration time and puts the rest on the waiting list", () => {
    expect(placed.registrations.map((r) => r.id)).toEqual([11, 12, 15, 14, 13]);
    expect(statesOf(placed.registrations)).toEqual({
      11: "CONFIRMED",
      12: "CONFIRMED",
      15: "CONFIRMED",
      14: "WAITLISTED",
      13: "WAITLISTED",
    });
    expect(positionsOf(placed)).toEqual([
      [14, 1], // 候补第 1 位
      [13, 2], // 候补第 2 位
    ]);
    expect(placed).toMatchObject({ capacity: 3, confirmedCount: 3, freePlaces: 0, overCapacity: 0, heldBack: [] });
    expect(placed.changes).toEqual([
      { registrationId: 11, before: "APPROVED", after: "CONFIRMED" },
      { registrationId: 12, before: "APPROVED", after: "CONFIRMED" },
      { registrationId: 15, before: "APPROVED", after: "CONFIRMED" },
      { registrationId: 14, before: "APPROVED", after: "WAITLISTED" },
      { registrationId: 13, before: "APPROVED", after: "WAITLISTED" },
    ]);
  });

  it("promotes the earliest waiting registration at each withdrawal", () => {
    // #12 withdraws: one place free, #14 (20:00 on 1 Sept) waits longest → 已确认; #13 moves up to 第 1 位.
    const first = withdraw(placed.registrations, 12);
    expect(first.audit).toEqual({
      registrationId: 12,
      action: "WITHDRAW",
      actorUserId: 5012,
      actorRole: "WORKER",
      before: "CONFIRMED",
      after: "WITHDRAWN",
      reason: null,
      afterDeadline: false,
    });
    expect(first.placeChanges).toEqual([{ registrationId: 14, before: "WAITLISTED", after: "CONFIRMED" }]);
    expect(first.places ? positionsOf(first.places) : null).toEqual([[13, 1]]);

    // #11 withdraws: #13, the only one waiting, is promoted; nobody waits any more.
    const second = withdraw(first.registrations, 11);
    expect(second.placeChanges).toEqual([{ registrationId: 13, before: "WAITLISTED", after: "CONFIRMED" }]);
    expect(statesOf(second.registrations)).toEqual({
      11: "WITHDRAWN",
      12: "WITHDRAWN",
      15: "CONFIRMED",
      14: "CONFIRMED",
      13: "CONFIRMED",
    });
    expect(second.places?.waitingPositions.size).toBe(0);

    // A third withdrawal leaves a place free: 2 confirmed of 3.
    const third = withdraw(second.registrations, 15);
    expect(third.placeChanges).toEqual([]);
    expect(third.places).toMatchObject({ confirmedCount: 2, freePlaces: 1 });
  });

  it("is idempotent: settling a settled list changes nothing", () => {
    expect(settleCategoryPlaces(placed.registrations, 3).changes).toEqual([]);
  });
});

describe("3 places, approvals arriving one at a time", () => {
  // Each approval is settled in its own transaction, in the order 13, 11, 14, 15, 12.
  function approveInTurn(order: readonly number[]) {
    let registrations = submitted.map((r) => ({ ...r, state: "PENDING_UNIT" as RegistrationState }));
    const steps: [number, RegistrationState, [number, number][]][] = [];
    for (const id of order) {
      registrations = registrations.map((r) => (r.id === id ? { ...r, state: "APPROVED" } : r));
      const places = settleCategoryPlaces(registrations, 3);
      registrations = places.registrations;
      steps.push([id, statesOf(registrations)[id] as RegistrationState, positionsOf(places)]);
    }
    return { registrations, steps };
  }

  it("gives the places to whoever is approved while they are free, and queues the rest by registration time", () => {
    const { registrations, steps } = approveInTurn([13, 11, 14, 15, 12]);
    expect(steps).toEqual([
      [13, "CONFIRMED", []],
      [11, "CONFIRMED", []],
      [14, "CONFIRMED", []],
      [15, "WAITLISTED", [[15, 1]]],
      // #12 registered at the same 09:00 as #15 with the smaller id, so it queues ahead: #15 moves to 第 2 位.
      [
        12,
        "WAITLISTED",
        [
          [12, 1],
          [15, 2],
        ],
      ],
    ]);
    // #14 withdraws: #12 is the earliest waiting and is promoted, #15 becomes 第 1 位.
    const after = withdraw(registrations, 14);
    expect(after.placeChanges).toEqual([{ registrationId: 12, before: "WAITLISTED", after: "CONFIRMED" }]);
    expect(after.places ? positionsOf(after.places) : null).toEqual([[15, 1]]);
  });
});

describe("changing the capacity", () => {
  const placed = settleCategoryPlaces(submitted, 3).registrations; // 11, 12, 15 confirmed; 14, 13 waiting

  it("raising it promotes waiting registrations in their turn", () => {
    const raised = changeCategoryCapacity(placed, 4);
    expect(raised.places.changes).toEqual([{ registrationId: 14, before: "WAITLISTED", after: "CONFIRMED" }]);
    expect(positionsOf(raised.places)).toEqual([[13, 1]]);
    expect(raised.notices).toEqual([{ code: "WAITING_LIST_PROMOTED", message: "候补中的 1 人按报名先后递补为已确认" }]);
    // No limit: everyone waiting is confirmed.
    const unlimited = changeCategoryCapacity(placed, null);
    expect(unlimited.places).toMatchObject({ confirmedCount: 5, freePlaces: null, overCapacity: 0 });
  });

  it("lowering it below the confirmed count un-confirms nobody and promotes nobody until they fall below it", () => {
    const lowered = changeCategoryCapacity(placed, 2);
    expect(lowered.places.changes).toEqual([]);
    expect(lowered.places).toMatchObject({ confirmedCount: 3, freePlaces: 0, overCapacity: 1 });
    expect(lowered.notices).toEqual([
      {
        code: "CAPACITY_BELOW_CONFIRMED",
        message: "已确认 3 人，多于新名额 2 人：已确认的不会被取消；此后有人撤销时不再递补，直到已确认人数少于名额",
      },
    ]);
    const context = { ...withdrawalContext, places: { capacity: 2 } };
    const request = (id: number) => ({ registrationId: id, actor: worker(id), today: "2015-09-10" });
    // #11 withdraws: 2 confirmed = 2 places, nobody promoted.
    const first = withdrawRegistration(lowered.places.registrations, request(11), context);
    expect(first.ok && first.placeChanges).toEqual([]);
    // #12 withdraws: 1 confirmed < 2, #14 promoted.
    const second = first.ok ? withdrawRegistration(first.registrations, request(12), context) : first;
    expect(second.ok && second.placeChanges).toEqual([
      { registrationId: 14, before: "WAITLISTED", after: "CONFIRMED" },
    ]);
    // Lowering to exactly the confirmed count is not over-full.
    expect(changeCategoryCapacity(placed, 3).notices).toEqual([]);
  });
});

describe("settling", () => {
  it("holds back a waiting registration reported no longer eligible and promotes the next one", () => {
    const placed = settleCategoryPlaces(submitted, 3).registrations;
    const withoutTwelve = placed.map((r) => (r.id === 12 ? { ...r, state: "WITHDRAWN" as const } : r));
    const reasons = [{ code: "HONOUR_ALREADY_HELD", message: "您已获得“市劳动模范”称号，已获得同一荣誉的不能再参评" }];
    const places = settleCategoryPlaces(withoutTwelve, 3, { ineligible: new Map([[14, reasons]]) });
    expect(places.changes).toEqual([{ registrationId: 13, before: "WAITLISTED", after: "CONFIRMED" }]);
    expect(places.heldBack).toEqual([{ registrationId: 14, reasons }]);
    expect(positionsOf(places)).toEqual([[14, 1]]);
  });

  it("leaves registrations outside the places alone, and confirms every approved one without a limit", () => {
    const mixed = [
      registration(1, "2015-09-01T00:00:00Z", "PENDING_UNIT"),
      registration(2, "2015-09-01T00:00:01Z", "RETURNED"),
      registration(3, "2015-09-01T00:00:02Z", "REJECTED"),
      registration(4, "2015-09-01T00:00:03Z", "WITHDRAWN"),
      registration(5, "2015-09-01T00:00:04Z", "APPROVED"),
      registration(6, "2015-09-01T00:00:05Z", "PENDING_ORGANIZER"),
    ];
    const places = settleCategoryPlaces(mixed, null);
    expect(places.changes).toEqual([{ registrationId: 5, before: "APPROVED", after: "CONFIRMED" }]);
    expect(places).toMatchObject({ confirmedCount: 1, freePlaces: null, overCapacity: 0 });
  });

  it("refuses a capacity that is not a positive whole number, and repeated ids, as programmer errors", () => {
    expect(() => settleCategoryPlaces(submitted, 0)).toThrow(RangeError);
    expect(() => settleCategoryPlaces(submitted, 2.5)).toThrow(RangeError);
    expect(() => settleCategoryPlaces([...submitted, submitted[0] as Registration], 3)).toThrow(RangeError);
  });

  it("numbers the waiting list from any list of registrations", () => {
    const waiting = [
      registration(3, "2015-09-03T00:00:00Z", "WAITLISTED"),
      registration(1, "2015-09-01T00:00:00Z", "CONFIRMED"),
      registration(2, "2015-09-02T00:00:00Z", "WAITLISTED"),
    ];
    expect([...waitingListPositions(waiting)]).toEqual([
      [2, 1],
      [3, 2],
    ]);
  });
});
