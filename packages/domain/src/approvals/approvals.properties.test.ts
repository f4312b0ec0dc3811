import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RegistrationActor } from "../places/registration.ts";
import type { RegistrationState } from "../places/registration-state.ts";
import { mayDecideAtApprovalLevel } from "./approval-authority.ts";
import {
  type ApprovalChain,
  type ApprovalLevel,
  approvalLevelOfState,
  approvalLevels,
  approvalLevelsFor,
  approvalPendingState,
  firstApprovalState,
  validateApprovalChain,
} from "./approval-chain.ts";
import {
  decideRegistrationReview,
  type RegistrationReviewCommand,
  type RegistrationReviewContext,
  type ReviewedRegistration,
} from "./registration-review.ts";

const unitPath = "/00000001/00000006/00000037/";
const countyPath = "/00000001/00000006/";
const owner = { code: "SCBHB", name: "生产保护部" };
const actor = (
  userId: number,
  role: RegistrationActor["role"],
  scopePath: string,
  extra: Partial<RegistrationActor> = {},
) => ({ userId, role, scopePath, workerId: null, departmentCode: null, ...extra }) as RegistrationActor;

// Everyone who might try: the right people (two at each level, so a second person is available),
// people above them who may stand in, and people who may never act.
const pool: RegistrationActor[] = [
  actor(71, "UNIT_ADMIN", unitPath),
  actor(72, "UNIT_ADMIN", unitPath),
  actor(73, "UNIT_ADMIN", countyPath),
  actor(74, "UNIT_ADMIN", countyPath),
  actor(75, "UNIT_ADMIN", "/00000001/"),
  actor(76, "UNIT_ADMIN", "/00000001/00000002/"),
  actor(77, "UNIT_ADMIN", unitPath, { workerId: 301 }),
  actor(81, "ORGANIZER", "/00000001/", { departmentCode: "SCBHB" }),
  actor(82, "ORGANIZER", "/00000001/", { departmentCode: "SCBHB" }),
  actor(83, "ORGANIZER", "/00000001/", { departmentCode: "XJB" }),
  actor(1, "ADMIN", "/00000001/"),
  actor(91, "JUDGE", "/00000001/"),
  actor(301, "WORKER", unitPath, { workerId: 301 }),
  actor(302, "WORKER", unitPath, { workerId: 302 }),
];

const chainArbitrary: fc.Arbitrary<ApprovalChain> = fc
  .subarray([...approvalLevels], { minLength: 1 })
  .map((levels) => ({ levels }))
  .filter((chain) => validateApprovalChain(chain).length === 0);

const commandArbitrary: fc.Arbitrary<RegistrationReviewCommand> = fc.oneof(
  { arbitrary: fc.constant({ kind: "APPROVE" as const }), weight: 6 },
  { arbitrary: fc.constantFrom("", "请补充材料").map((reason) => ({ kind: "RETURN" as const, reason })), weight: 1 },
  { arbitrary: fc.constantFrom("", "不符合条件").map((reason) => ({ kind: "REJECT" as const, reason })), weight: 1 },
  { arbitrary: fc.constant({ kind: "RESUBMIT" as const }), weight: 2 },
);

const scenarioArbitrary = fc.record({
  chain: chainArbitrary,
  countyOrIndustryPath: fc.constantFrom(countyPath, null),
  attempts: fc.array(fc.tuple(commandArbitrary, fc.constantFrom(...pool)), { maxLength: 30 }),
});
type Scenario = typeof scenarioArbitrary extends fc.Arbitrary<infer T> ? T : never;

const chainStates: readonly RegistrationState[] = [
  "PENDING_UNIT",
  "PENDING_COUNTY",
  "PENDING_ORGANIZER",
  "APPROVED",
  "RETURNED",
  "REJECTED",
];

function start(scenario: Scenario): {
  registration: ReviewedRegistration;
  context: RegistrationReviewContext;
  levels: ApprovalLevel[];
} {
  const registrant = { countyOrIndustryPath: scenario.countyOrIndustryPath };
  return {
    registration: {
      id: 501,
      state: firstApprovalState(scenario.chain, registrant),
      workerId: 301,
      unitPath: scenario.countyOrIndustryPath === null ? "/00000001/00000040/" : unitPath,
      countyOrIndustryPath: scenario.countyOrIndustryPath,
      returnReason: null,
      rejectionReason: null,
      approvals: [],
    },
    context: { chain: scenario.chain, ownerDepartment: owner, reviewOpen: true },
    levels: approvalLevelsFor(scenario.chain, registrant),
  };
}

/** Approves with the first entitled reviewer who has not approved in this pass, level by level. */
function approveToTheEnd(registration: ReviewedRegistration, context: RegistrationReviewContext): ReviewedRegistration {
  let current = registration;
  for (let guard = 0; guard < 5 && approvalLevelOfState(current.state) !== null; guard++) {
    const decision = pool
      .map((reviewer) => decideRegistrationReview(current, { kind: "APPROVE" }, reviewer, context))
      .find((attempt) => attempt.ok);
    if (!decision?.ok) throw new Error(`nobody could approve ${current.state}`);
    current = decision.registration;
  }
  return current;
}

describe("the approval chain under any sequence of attempts by anyone", () => {
  it("moves one level at a time, never skips a level, and approves only after every level by different people", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        let { registration } = start(scenario);
        const { context, levels } = start(scenario);
        for (const [command, reviewer] of scenario.attempts) {
          const decision = decideRegistrationReview(registration, command, reviewer, context);
          if (!decision.ok) {
            expect(decision.reasons.length).toBeGreaterThan(0);
            continue;
          }
          const before = registration;
          const after = decision.registration;
          expect(chainStates).toContain(after.state);
          expect(decision.audit).toMatchObject({
            before: before.state,
            after: after.state,
            actorUserId: reviewer.userId,
          });
          const level = approvalLevelOfState(before.state);
          if (command.kind === "APPROVE") {
            // Only the level it waited at, decided by someone entitled there.
            expect(level).not.toBe(null);
            expect(mayDecideAtApprovalLevel(reviewer, level as ApprovalLevel, before, owner)).toBe(true);
            const next = levels[levels.indexOf(level as ApprovalLevel) + 1];
            expect(after.state).toBe(next === undefined ? "APPROVED" : approvalPendingState(next));
          }
          if (command.kind === "RESUBMIT") expect(after.state).toBe(approvalPendingState(levels[0] as ApprovalLevel));
          // The approvals of the pass are the levels passed so far, in order, by different people.
          const passed =
            after.state === "APPROVED"
              ? levels
              : levels.slice(0, levels.indexOf(approvalLevelOfState(after.state) as ApprovalLevel));
          if (approvalLevelOfState(after.state) !== null || after.state === "APPROVED") {
            expect(after.approvals.map((approval) => approval.level)).toEqual(passed);
          }
          const approvers = after.approvals.map((approval) => approval.userId);
          expect(new Set(approvers).size).toBe(approvers.length);
          expect(approvers).not.toContain(77); // the unit admin who is the nominee themselves
          registration = after;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("always ends in exactly one of 已通过, 已退回 or 未通过 once the reviewers have acted", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        let { registration } = start(scenario);
        const { context } = start(scenario);
        for (const [command, reviewer] of scenario.attempts) {
          const decision = decideRegistrationReview(registration, command, reviewer, context);
          if (decision.ok) registration = decision.registration;
        }
        const final = approveToTheEnd(registration, context);
        expect(["APPROVED", "RETURNED", "REJECTED"]).toContain(final.state);
        // An end is an end: nobody approves or returns it further.
        for (const reviewer of pool) {
          for (const command of [{ kind: "APPROVE" }, { kind: "RETURN", reason: "x" }] as const) {
            expect(decideRegistrationReview(final, command, reviewer, context).ok).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
