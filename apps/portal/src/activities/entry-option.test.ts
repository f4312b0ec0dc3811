import { describe, expect, it } from "vitest";
import type { PortalCategory } from "../api/portal-activity.ts";
import { categoryAction, type EntryOption, placesState, takesEntriesNow } from "./entry-option.ts";

const doubles: Pick<PortalCategory, "entrantType" | "selfRegistration"> = {
  entrantType: "TEAM",
  selfRegistration: true,
};
const option = (change: Partial<EntryOption>): EntryOption => ({
  categoryId: "7",
  canRegister: false,
  needsTeammates: true,
  registrationId: null,
  reasons: [],
  ...change,
});
const worker = { signedIn: true, isWorker: true, open: true };

describe("categoryAction", () => {
  it("offers 报名 where the worker may register, and 申报项目 for a project category", () => {
    expect(categoryAction({ ...worker, category: doubles, option: option({ canRegister: true }) })).toEqual({
      kind: "register",
    });
    expect(
      categoryAction({
        ...worker,
        category: { entrantType: "PROJECT", selfRegistration: false },
        option: option({ canRegister: true }),
      }),
    ).toEqual({ kind: "declare" });
  });

  it("lists every reason when the worker may not enter", () => {
    const reasons = [
      { code: "GENDER_NOT_ALLOWED", message: "性别不符：本项目仅限女职工参加" },
      { code: "UNION_MEMBERSHIP_REQUIRED", message: "须为工会会员" },
    ];
    expect(categoryAction({ ...worker, category: doubles, option: option({ reasons }) })).toEqual({
      kind: "blocked",
      reasons,
    });
  });

  it("shows the live entry instead of the reason that only repeats it", () => {
    const action = categoryAction({
      ...worker,
      category: doubles,
      option: option({
        registrationId: "31",
        reasons: [
          { code: "ALREADY_REGISTERED", message: "您已报名“男双”（已确认），不能重复报名" },
          { code: "AGE_OUT_OF_RANGE", message: "年龄不符" },
        ],
      }),
    });
    expect(action).toEqual({
      kind: "entered",
      registrationId: "31",
      otherReasons: [{ code: "AGE_OUT_OF_RANGE", message: "年龄不符" }],
    });
  });

  it("keeps showing an entry after registration closed, and nothing but 'closed' otherwise", () => {
    const closed = { ...worker, open: false };
    expect(categoryAction({ ...closed, category: doubles, option: option({ registrationId: "31" }) }).kind).toBe(
      "entered",
    );
    expect(
      categoryAction({
        ...closed,
        category: doubles,
        option: option({ reasons: [{ code: "REGISTRATION_CLOSED", message: "报名已截止" }] }),
      }),
    ).toEqual({ kind: "closed" });
  });

  it("asks the public to sign in where workers register themselves, else says who enters", () => {
    const guest = { signedIn: false, isWorker: false, open: true, option: undefined };
    expect(categoryAction({ ...guest, category: doubles })).toEqual({ kind: "signIn" });
    expect(categoryAction({ ...guest, category: { entrantType: "TEAM", selfRegistration: false } })).toEqual({
      kind: "unitOnly",
    });
    expect(categoryAction({ ...guest, open: false, category: doubles })).toEqual({ kind: "closed" });
    expect(categoryAction({ ...guest, signedIn: true, category: doubles })).toEqual({ kind: "notWorker" });
    // A worker whose options have not come yet is told nothing misleading.
    expect(categoryAction({ ...guest, signedIn: true, isWorker: true, category: doubles })).toEqual({
      kind: "unknown",
    });
  });
});

describe("placesState", () => {
  it("says places left, full with the waiting list, or unlimited", () => {
    expect(placesState({ capacity: 16, placesLeft: 3, waitingCount: 0 })).toEqual({
      kind: "left",
      placesLeft: 3,
      capacity: 16,
    });
    expect(placesState({ capacity: 1, placesLeft: 0, waitingCount: 2 })).toEqual({ kind: "full", waitingCount: 2 });
    expect(placesState({ capacity: null, placesLeft: null, waitingCount: 0 })).toEqual({ kind: "unlimited" });
  });
});

describe("takesEntriesNow", () => {
  it("is open while 报名中 up to and including the deadline day", () => {
    expect(takesEntriesNow("REGISTRATION_OPEN", 0)).toBe(true);
    expect(takesEntriesNow("REGISTRATION_OPEN", null)).toBe(true);
    expect(takesEntriesNow("REGISTRATION_OPEN", -1)).toBe(false);
    expect(takesEntriesNow("JUDGING", 5)).toBe(false);
  });
});
