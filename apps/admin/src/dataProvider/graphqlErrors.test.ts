import { HttpError } from "react-admin";
import { describe, expect, it } from "vitest";
import { httpErrorFromGraphqlErrors, isAuthenticationError, toHttpError } from "./graphqlErrors.ts";

describe("httpErrorFromGraphqlErrors", () => {
  it("puts each field's Chinese message under its input, react-admin's server-side validation shape", () => {
    const error = httpErrorFromGraphqlErrors([
      {
        message: "身份证号校验位不正确，请核对是否有输错的数字",
        extensions: {
          code: "VALIDATION_FAILED",
          fieldErrors: [
            {
              field: "idNumber",
              code: "ID_NUMBER_CHECK_DIGIT",
              message: "身份证号校验位不正确，请核对是否有输错的数字",
            },
          ],
        },
      },
    ]);
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.message).toBe("身份证号校验位不正确，请核对是否有输错的数字");
    expect(error.body).toEqual({
      code: "VALIDATION_FAILED",
      errors: {
        idNumber: "身份证号校验位不正确，请核对是否有输错的数字",
        root: { serverError: "身份证号校验位不正确，请核对是否有输错的数字" },
      },
    });
  });

  it("lists every problem in the notification when there are several", () => {
    const error = httpErrorFromGraphqlErrors([
      {
        message: "提交的内容有误，请按提示修改（共 2 处）",
        extensions: {
          code: "VALIDATION_FAILED",
          fieldErrors: [
            { field: "name", code: "REQUIRED", message: "请填写姓名" },
            { field: "phone", code: "PHONE_FORMAT", message: "手机号应为 11 位数字，以 13–19 开头" },
          ],
        },
      },
    ]);
    expect(error.body.errors.name).toBe("请填写姓名");
    expect(error.body.errors.phone).toBe("手机号应为 11 位数字，以 13–19 开头");
    expect(error.body.errors.root.serverError).toBe(
      "提交的内容有误，请按提示修改（共 2 处）：请填写姓名；手机号应为 11 位数字，以 13–19 开头",
    );
  });

  it("keeps the API's message and code for errors without fields", () => {
    const error = httpErrorFromGraphqlErrors([
      { message: "该组织下还有下级组织，不能删除", extensions: { code: "ORGANIZATION_HAS_CHILDREN" } },
    ]);
    expect(error.message).toBe("该组织下还有下级组织，不能删除");
    expect(error.body).toEqual({ code: "ORGANIZATION_HAS_CHILDREN" });
  });

  it("maps UNAUTHENTICATED to 401 so the panel logs out", () => {
    const error = httpErrorFromGraphqlErrors([{ message: "请先登录", extensions: { code: "UNAUTHENTICATED" } }]);
    expect(error.status).toBe(401);
    expect(isAuthenticationError(error)).toBe(true);
    expect(isAuthenticationError(new HttpError("您没有权限执行此操作", 403, { code: "FORBIDDEN" }))).toBe(false);
  });
});

describe("toHttpError", () => {
  it("reads the GraphQL errors out of what ra-data-graphql rejects with", () => {
    const apolloError = { graphQLErrors: [{ message: "记录不存在或您无权查看", extensions: { code: "NOT_FOUND" } }] };
    const mapped = toHttpError(new HttpError("记录不存在或您无权查看", 200, apolloError)) as HttpError;
    expect(mapped.status).toBe(404);
    expect(mapped.message).toBe("记录不存在或您无权查看");
  });

  it("replaces a network failure's English text with a translatable message", () => {
    const mapped = toHttpError(new HttpError("Failed to fetch", undefined as unknown as number)) as HttpError;
    expect(mapped.message).toBe("ra.notification.http_error");
  });
});
