import { composeIdNumber, idNumberProblemMessages } from "@jinzhou/domain";
import { describe, expect, it } from "vitest";
import { readIdNumber, validateWorkerForm } from "./workerForm.ts";

const today = "2015-06-01";
const idNumber = composeIdNumber("210702", "1985-03-18", 123);
const wrongCheckDigit = idNumber.slice(0, 17) + (idNumber.endsWith("0") ? "1" : "0");

const complete = {
  name: "张伟",
  idNumber,
  phone: "13904161234",
  organizationId: "12",
  trade: "钳工",
  skillGrade: "GRADE_3" as const,
  positionCategory: "FRONT_LINE" as const,
  migrantWorker: false,
  memberCardNumber: null,
};

describe("validateWorkerForm", () => {
  it("accepts a complete worker", () => {
    expect(validateWorkerForm(complete, today)).toEqual({});
  });

  it("flags a wrong check digit with the domain's Chinese message", () => {
    expect(validateWorkerForm({ ...complete, idNumber: wrongCheckDigit }, today)).toEqual({
      idNumber: idNumberProblemMessages.ID_NUMBER_CHECK_DIGIT,
    });
  });

  it("reports every empty required field at once", () => {
    const errors = validateWorkerForm({}, today);
    expect(Object.keys(errors).sort()).toEqual([
      "idNumber",
      "name",
      "organizationId",
      "phone",
      "positionCategory",
      "trade",
    ]);
    expect(errors.organizationId).toBe("resources.Worker.validation.organizationId");
    expect(errors.phone).toBe("请填写手机号");
  });

  it("checks the mobile number", () => {
    expect(validateWorkerForm({ ...complete, phone: "0416-1234567" }, today).phone).toBe(
      "手机号应为 11 位数字，以 13–19 开头",
    );
  });

  it("does not check masked numbers the user cannot change", () => {
    const masked = { ...complete, idNumber: "210702********1234", phone: "139****1234", sensitiveMasked: true };
    expect(validateWorkerForm(masked, today)).toEqual({});
  });
});

describe("readIdNumber", () => {
  it("derives gender, birth date and age from a valid ID number", () => {
    expect(readIdNumber(idNumber, today)).toEqual({ gender: "MALE", birthDate: "1985-03-18", age: 30 });
  });

  it("says nothing until the number is valid", () => {
    expect(readIdNumber(idNumber.slice(0, 12), today)).toBeNull();
    expect(readIdNumber(wrongCheckDigit, today)).toBeNull();
    expect(readIdNumber(null, today)).toBeNull();
  });
});
