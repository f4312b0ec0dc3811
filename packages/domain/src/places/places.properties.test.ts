import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CategoryPlaces, settleCategoryPlaces } from "./category-places.ts";
import { compareRegistrationOrder, type RegistrationPlaceFacts } from "./registration.ts";
import type { RegistrationState } from "./registration-state.ts";

type Operation =
  | { kind: "APPROVE" | "WITHDRAW" | "REJECT"; index: number; ineligible: number[] }
  | { kind: "CAPACITY"; capacity: number | null; ineligible: number[] };

// Registration times on a coarse grid (whole hours of one day) so that equal times are common.
const registrationsArbitrary = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 12 }).map((hours) =>
  hours.map(
    (hour, index): RegistrationPlaceFacts => ({
      id: 100 - index * 7, // ids not in list order, so ties by id are tested for real
      registeredAt: new Date(Date.UTC(2015, 8, 1, hour)),
      state: "PENDING_UNIT",
    }),
  ),
);

// Now and then the caller reports a registration as no longer eligible when settling.
const rarelyIneligible = fc.oneof(
  { arbitrary: fc.constant<number[]>([]), weight: 5 },
  { arbitrary: fc.nat(11).map((index) => [index]), weight: 1 },
);

const operationArbitrary: fc.Arbitrary<Operation> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("APPROVE" as const),
      index: fc.nat(11),
      ineligible: rarelyIneligible,
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record({
      kind: fc.constantFrom("WITHDRAW" as const, "REJECT" as const),
      index: fc.nat(11),
      ineligible: rarelyIneligible,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("CAPACITY" as const),
      capacity: fc.option(fc.integer({ min: 1, max: 4 }), { freq: 5 }),
      ineligible: rarelyIneligible,
    }),
    weight: 1,
  },
);

const scenarioArbitrary = fc.record({
  registrations: registrationsArbitrary,
  capacity: fc.integer({ min: 1, max: 3 }),
  operations: fc.array(operationArbitrary, { minLength: 5, maxLength: 40 }),
});
type Scenario = typeof scenarioArbitrary extends fc.Arbitrary<infer T> ? T : never;

interface Step {
  before: RegistrationPlaceFacts[];
  /** The list after the operation's own state change, before settling. */
  changed: RegistrationPlaceFacts[];
  places: CategoryPlaces<RegistrationPlaceFacts>;
  ineligible: Set<number>;
  capacityLowered: boolean;
}

/** Runs the operations the way the API would: change one registration, then settle the category. */
function run(scenario: Scenario): Step[] {
  let registrations = scenario.registrations;
  let capacity: number | null = scenario.capacity;
  const steps: Step[] = [];
  for (const operation of scenario.operations) {
    const ids = operation.ineligible.map((index) => registrations[index % registrations.length]?.id as number);
    const ineligible = new Set(ids);
    let changed = registrations;
    const previousCapacity = capacity;
    if (operation.kind === "CAPACITY") capacity = operation.capacity;
    else {
      const target = registrations[operation.index % registrations.length] as RegistrationPlaceFacts;
      const next = nextState(target.state, operation.kind);
      if (next === null) continue;
      changed = registrations.map((r) => (r.id === target.id ? { ...r, state: next } : r));
    }
    const places = settleCategoryPlaces(changed, capacity, {
      ineligible: new Map(ids.map((id) => [id, [{ code: "X", message: "不再符合条件" }]])),
    });
    const capacityLowered = capacity !== null && (previousCapacity === null || capacity < previousCapacity);
    steps.push({ before: registrations, changed, places, ineligible, capacityLowered });
    registrations = places.registrations;
  }
  return steps;
}

function nextState(state: RegistrationState, kind: "APPROVE" | "WITHDRAW" | "REJECT"): RegistrationState | null {
  if (kind === "APPROVE") return state === "PENDING_UNIT" ? "APPROVED" : null;
  if (state === "WITHDRAWN" || state === "REJECTED") return null;
  return kind === "WITHDRAW" ? "WITHDRAWN" : "REJECTED";
}

const confirmed = (list: readonly RegistrationPlaceFacts[]) => list.filter((r) => r.state === "CONFIRMED");

describe("places over any sequence of approvals, withdrawals, rejections and capacity changes", () => {
  it("never confirms anyone beyond the capacity, and never un-confirms anyone", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const step of run(scenario)) {
          const { places, changed } = step;
          const newlyConfirmed = places.changes.filter((change) => change.after === "CONFIRMED");
          if (places.capacity !== null && newlyConfirmed.length > 0) {
            expect(places.confirmedCount).toBeLessThanOrEqual(places.capacity);
          }
          if (places.capacity !== null && !step.capacityLowered) {
            // Only lowering the capacity below those confirmed can leave a category over-full …
            expect(places.confirmedCount).toBeLessThanOrEqual(Math.max(places.capacity, confirmed(step.before).length));
          }
          // … and settling never takes a place back.
          for (const registration of confirmed(changed)) {
            expect(places.registrations.find((r) => r.id === registration.id)?.state).toBe("CONFIRMED");
          }
          expect(places.confirmedCount).toBe(confirmed(places.registrations).length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("numbers the waiting list 1 … k without gaps, in registration order", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const { places } of run(scenario)) {
          const waiting = places.registrations.filter((r) => r.state === "WAITLISTED");
          const expected = [...waiting].sort(compareRegistrationOrder).map((r, index) => [r.id, index + 1]);
          expect([...places.waitingPositions]).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("promotes the earliest waiting registrations, and leaves no place free while an eligible one waits", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const { changed, places, ineligible } of run(scenario)) {
          const candidates = changed
            .filter((r) => (r.state === "WAITLISTED" || r.state === "APPROVED") && !ineligible.has(r.id))
            .sort(compareRegistrationOrder);
          const placed = new Set(
            places.changes.filter((change) => change.after === "CONFIRMED").map((change) => change.registrationId),
          );
          // The ones confirmed are exactly the first |placed| candidates in registration order.
          expect(candidates.slice(0, placed.size).every((r) => placed.has(r.id))).toBe(true);
          const stillWaiting = places.registrations.filter((r) => r.state === "WAITLISTED" && !ineligible.has(r.id));
          if (places.freePlaces === null || places.freePlaces > 0) expect(stillWaiting).toEqual([]);
          expect(places.heldBack.map((held) => held.registrationId).every((id) => ineligible.has(id))).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent: settling again with the same facts changes nothing", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        for (const { places, ineligible } of run(scenario)) {
          const held = new Map([...ineligible].map((id) => [id, [{ code: "X", message: "不再符合条件" }]]));
          expect(settleCategoryPlaces(places.registrations, places.capacity, { ineligible: held }).changes).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
