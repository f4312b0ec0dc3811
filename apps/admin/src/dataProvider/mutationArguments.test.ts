import { describe, expect, it } from "vitest";
import { changedArguments, pickArguments } from "./mutationArguments.ts";
import { mutationArgumentNames } from "./schema.ts";

const updateWorker = mutationArgumentNames("updateWorker");

const loaded = {
  id: "7",
  name: "张伟",
  idNumber: "210702198503181237",
  phone: "13904161234",
  organizationId: "12",
  organization: { id: "12" },
  "organization.id": "12",
  organizationPathName: "锦州市总工会 / 古塔区总工会 / 锦州石化公司工会",
  trade: "钳工",
  positionCategory: "FRONT_LINE",
  migrantWorker: false,
  sensitiveMasked: false,
};

describe("pickArguments", () => {
  it("keeps only the mutation's arguments", () => {
    expect(pickArguments(loaded, mutationArgumentNames("createWorker"))).toEqual({
      name: "张伟",
      idNumber: "210702198503181237",
      phone: "13904161234",
      organizationId: "12",
      trade: "钳工",
      positionCategory: "FRONT_LINE",
      migrantWorker: false,
    });
  });
});

describe("changedArguments", () => {
  it("sends only what changed, so a moved worker keeps the new organization", () => {
    expect(changedArguments({ ...loaded, organizationId: "15", trade: "焊工" }, loaded, updateWorker)).toEqual({
      organizationId: "15",
      trade: "焊工",
    });
  });

  it("sends a cleared value as null", () => {
    const before = { ...loaded, skillGrade: "GRADE_3" };
    expect(changedArguments({ ...before, skillGrade: null }, before, updateWorker)).toEqual({ skillGrade: null });
    expect(changedArguments({ ...loaded, memberCardNumber: "" }, loaded, updateWorker)).toEqual({});
  });

  it("never sends masked numbers back", () => {
    const masked = { ...loaded, idNumber: "210702********1237", phone: "139****1234", sensitiveMasked: true };
    expect(changedArguments({ ...masked, idNumber: "x", name: "张威" }, masked, updateWorker)).toEqual({
      name: "张威",
    });
  });
});
