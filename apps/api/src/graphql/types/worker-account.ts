import { activateWorkerAccount } from "../../auth/activate-worker-account.ts";
import { requestWorkerCode } from "../../auth/request-worker-code.ts";
import { resetWorkerPassword } from "../../auth/reset-worker-password.ts";
import type { SentSmsCode } from "../../auth/sms-codes.ts";
import type { WorkerCodePurpose } from "../../auth/worker-codes.ts";
import { builder } from "../builder.ts";
import { enumFrom } from "./enums.ts";
import { LoginPayload } from "./user.ts";

const workerCodePurposeLabels: Record<WorkerCodePurpose, string> = {
  ACTIVATE: "激活账号",
  RESET_PASSWORD: "忘记密码，重设密码",
};
const WorkerCodePurposeEnum = enumFrom("WorkerCodePurpose", workerCodePurposeLabels);

const WorkerCodeChallenge = builder.objectRef<SentSmsCode>("WorkerCodeChallenge").implement({
  description: "已向工会名册登记的手机号发送短信验证码：提交验证码时把 challenge 原样带回",
  fields: (t) => ({
    challenge: t.exposeString("challenge"),
    maskedPhone: t.exposeString("maskedPhone", { description: "收到验证码的手机号（打码，如 139****1234）" }),
    expiresAt: t.field({ type: "DateTime", description: "验证码失效时间", resolve: (value) => value.expiresAt }),
    resendAfterSeconds: t.exposeInt("resendAfterSeconds", { description: "多少秒后可以重新获取验证码" }),
  }),
});

builder.mutationFields((t) => {
  const codeAndPassword = () => ({
    challenge: t.arg.string({ required: true }),
    code: t.arg.string({ required: true, description: "短信验证码（6 位数字）" }),
    password: t.arg.string({ required: true, description: "新密码：8–64 位，须含字母和数字" }),
  });
  return {
    requestWorkerCode: t.field({
      type: WorkerCodeChallenge,
      description:
        "职工激活账号或找回密码（无需登录）：姓名、身份证号、手机号须与工会名册一致，验证码发到名册登记的手机号（5 分钟内有效）",
      args: {
        purpose: t.arg({ type: WorkerCodePurposeEnum, required: true }),
        name: t.arg.string({ required: true, description: "姓名" }),
        idNumber: t.arg.string({ required: true, description: "身份证号" }),
        phone: t.arg.string({ required: true, description: "工会名册登记的手机号" }),
      },
      resolve: (_root, args, context) => requestWorkerCode(context, args),
    }),
    activateWorkerAccount: t.field({
      type: LoginPayload,
      description: "用短信验证码激活职工账号并设置密码，激活后即已登录；以后可用手机号和密码登录",
      args: codeAndPassword(),
      resolve: (_root, args, context) => activateWorkerAccount(context, args.challenge, args.code, args.password),
    }),
    resetWorkerPassword: t.field({
      type: LoginPayload,
      description: "用短信验证码重设职工账号的密码（同时解除登录锁定），重设后即已登录",
      args: codeAndPassword(),
      resolve: (_root, args, context) => resetWorkerPassword(context, args.challenge, args.code, args.password),
    }),
  };
});
