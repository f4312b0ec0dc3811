import { describe, expect, it } from "vitest";
import { DomainError, errorMessages, type FieldError, validationError } from "./errors.ts";

describe("DomainError", () => {
  it("carries a stable code and its Chinese message by default", () => {
    const error = new DomainError("ORGANIZATION_CYCLE");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DomainError");
    expect(error.code).toBe("ORGANIZATION_CYCLE");
    expect(error.message).toBe("不能把组织移到它自己或它的下级组织之下");
    expect(error.fieldErrors).toEqual([]);
  });

  it("accepts field errors and a specific message", () => {
    const fields: FieldError[] = [{ field: "phone", code: "PHONE_FORMAT", message: "手机号格式不正确" }];
    const error = new DomainError("VALIDATION_FAILED", fields, "请检查手机号");
    expect(error.fieldErrors).toEqual(fields);
    expect(error.message).toBe("请检查手机号");
  });

  it("every code has a message in Chinese", () => {
    for (const [code, message] of Object.entries(errorMessages)) {
      expect(code).toMatch(/^[A-Z_]+$/);
      expect(message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("validationError", () => {
  const phone: FieldError = { field: "phone", code: "PHONE_FORMAT", message: "手机号应为 11 位数字，以 13–19 开头" };
  const name: FieldError = { field: "name", code: "REQUIRED", message: "请填写姓名" };

  it("uses the single problem's own message", () => {
    const error = validationError([phone]);
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.message).toBe(phone.message);
    expect(error.fieldErrors).toEqual([phone]);
  });

  it("counts several problems and keeps all of them", () => {
    const error = validationError([name, phone]);
    expect(error.message).toBe("提交的内容有误，请按提示修改（共 2 处）");
    expect(error.fieldErrors).toEqual([name, phone]);
  });
});
