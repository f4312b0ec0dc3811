import { describe, expect, it } from "vitest";
import {
  approvalLevelLabels,
  approvalLevelOfState,
  approvalLevels,
  approvalLevelsFor,
  approvalPendingState,
  firstApprovalState,
  fullApprovalChain,
  unitOnlyApprovalChain,
  validateApprovalChain,
} from "./approval-chain.ts";

const county = { countyOrIndustryPath: "/00000001/00000006/" };
const direct = { countyOrIndustryPath: null };

describe("approval chains", () => {
  it("names the levels and their waiting states", () => {
    expect(approvalLevels.map((level) => approvalLevelLabels[level])).toEqual(["单位审核", "县区审核", "主办审核"]);
    expect(approvalLevels.map(approvalPendingState)).toEqual(["PENDING_UNIT", "PENDING_COUNTY", "PENDING_ORGANIZER"]);
    expect(approvalLevelOfState("PENDING_COUNTY")).toBe("COUNTY_OR_INDUSTRY");
    expect(approvalLevelOfState("APPROVED")).toBe(null);
  });

  it("accepts any non-empty subset in order, except the county level alone", () => {
    expect(validateApprovalChain(fullApprovalChain)).toEqual([]);
    expect(validateApprovalChain(unitOnlyApprovalChain)).toEqual([]);
    expect(validateApprovalChain({ levels: ["ORGANIZER"] })).toEqual([]);
    expect(validateApprovalChain({ levels: ["COUNTY_OR_INDUSTRY", "ORGANIZER"] })).toEqual([]);
    expect(validateApprovalChain({ levels: [] }).map((e) => e.code)).toEqual(["APPROVAL_CHAIN_EMPTY"]);
    expect(validateApprovalChain({ levels: ["COUNTY_OR_INDUSTRY"] })).toEqual([
      {
        field: "approvalChain",
        code: "APPROVAL_CHAIN_COUNTY_ONLY",
        message: "审核流程不能只有县区审核：直属市总工会的基层工会没有县区或产业工会，须同时选择单位审核或主办审核",
      },
    ]);
    expect(validateApprovalChain({ levels: ["ORGANIZER", "UNIT"] }).map((e) => e.code)).toEqual([
      "APPROVAL_CHAIN_ORDER",
    ]);
    expect(validateApprovalChain({ levels: ["UNIT", "UNIT"] }).map((e) => e.code)).toEqual(["APPROVAL_CHAIN_ORDER"]);
    expect(validateApprovalChain({ levels: ["BOSS" as never] }).map((e) => e.code)).toEqual(["APPROVAL_LEVEL_UNKNOWN"]);
  });

  it("drops the county level for a unit directly under the city federation", () => {
    expect(approvalLevelsFor(fullApprovalChain, county)).toEqual(["UNIT", "COUNTY_OR_INDUSTRY", "ORGANIZER"]);
    expect(approvalLevelsFor(fullApprovalChain, direct)).toEqual(["UNIT", "ORGANIZER"]);
    expect(firstApprovalState({ levels: ["COUNTY_OR_INDUSTRY", "ORGANIZER"] }, direct)).toBe("PENDING_ORGANIZER");
    expect(firstApprovalState({ levels: ["COUNTY_OR_INDUSTRY", "ORGANIZER"] }, county)).toBe("PENDING_COUNTY");
    expect(() => approvalLevelsFor({ levels: ["COUNTY_OR_INDUSTRY"] }, direct)).toThrow(RangeError);
  });
});
