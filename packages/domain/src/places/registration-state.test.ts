import { describe, expect, it } from "vitest";
import { validateCategoryCapacities } from "./category-capacity.ts";
import { compareRegistrationOrder } from "./registration.ts";
import {
  isLiveRegistrationState,
  isRegistrationAwaitingReview,
  isRegistrationState,
  registrationStateLabels,
  registrationStates,
  registrationStateText,
} from "./registration-state.ts";

describe("registration states", () => {
  it("uses the words users see", () => {
    expect(registrationStates.map((state) => registrationStateLabels[state])).toEqual([
      "待单位审核",
      "待县区审核",
      "待主办审核",
      "已通过",
      "已退回",
      "未通过",
      "候补",
      "已确认",
      "已撤销",
    ]);
    expect(isRegistrationState("CONFIRMED")).toBe(true);
    expect(isRegistrationState("DONE")).toBe(false);
  });

  it("tells which states wait for a reviewer and which are still live", () => {
    expect(registrationStates.filter(isRegistrationAwaitingReview)).toEqual([
      "PENDING_UNIT",
      "PENDING_COUNTY",
      "PENDING_ORGANIZER",
    ]);
    expect(registrationStates.filter((state) => !isLiveRegistrationState(state))).toEqual(["REJECTED", "WITHDRAWN"]);
  });

  it("words the state with its waiting position or reason", () => {
    expect(registrationStateText("WAITLISTED", { waitingPosition: 2 })).toBe("候补第 2 位");
    expect(registrationStateText("WAITLISTED")).toBe("候补");
    expect(registrationStateText("RETURNED", { returnReason: " 请补充单位推荐意见 " })).toBe(
      "已退回（退回原因：请补充单位推荐意见）",
    );
    expect(registrationStateText("RETURNED", { returnReason: " " })).toBe("已退回");
    expect(registrationStateText("REJECTED", { rejectionReason: "不符合参评条件" })).toBe(
      "未通过（原因：不符合参评条件）",
    );
    expect(registrationStateText("CONFIRMED", { waitingPosition: 3 })).toBe("已确认");
  });

  it("orders registrations by time, then id", () => {
    const at = (iso: string) => new Date(iso);
    expect(
      compareRegistrationOrder(
        { id: 9, registeredAt: at("2015-09-01T00:00:00Z") },
        { id: 1, registeredAt: at("2015-09-01T00:00:01Z") },
      ),
    ).toBeLessThan(0);
    expect(
      compareRegistrationOrder(
        { id: 9, registeredAt: at("2015-09-01T00:00:00Z") },
        { id: 1, registeredAt: at("2015-09-01T00:00:00Z") },
      ),
    ).toBeGreaterThan(0);
  });
});

describe("validateCategoryCapacities", () => {
  it("accepts whole positive capacities and no limit", () => {
    expect(
      validateCategoryCapacities([
        { categoryId: "MS", categoryName: "男子单打", capacity: 32 },
        { categoryId: "WS", categoryName: "女子单打", capacity: null },
      ]),
    ).toEqual([]);
  });

  it("reports each bad capacity and repeated category by name", () => {
    expect(
      validateCategoryCapacities([
        { categoryId: "MS", categoryName: "男子单打", capacity: 0 },
        { categoryId: "MS", categoryName: "男子单打", capacity: 2.5 },
        { categoryId: " ", categoryName: "", capacity: 100_001 },
      ]),
    ).toEqual([
      {
        field: "capacities.0.capacity",
        code: "CATEGORY_CAPACITY_RANGE",
        message: "组别“男子单打”的名额应为 1–100000 的整数；不限名额请留空",
      },
      {
        field: "capacities.1.categoryId",
        code: "CATEGORY_CAPACITY_DUPLICATE",
        message: "组别“男子单打”的名额设置了不止一次",
      },
      {
        field: "capacities.1.capacity",
        code: "CATEGORY_CAPACITY_RANGE",
        message: "组别“男子单打”的名额应为 1–100000 的整数；不限名额请留空",
      },
      { field: "capacities.2.categoryId", code: "REQUIRED", message: "请选择组别" },
      {
        field: "capacities.2.capacity",
        code: "CATEGORY_CAPACITY_RANGE",
        message: "第 3 个组别的名额应为 1–100000 的整数；不限名额请留空",
      },
    ]);
  });
});
