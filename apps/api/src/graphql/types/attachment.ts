import { DomainError } from "@jinzhou/domain";
import { deleteAttachment } from "../../attachments/delete-attachment.ts";
import { attachmentKindLabels } from "../../attachments/upload-attachment.ts";
import { builder } from "../builder.ts";
import { rowId } from "../list-args.ts";
import { enumFrom } from "./enums.ts";

export const AttachmentKindEnum = enumFrom("AttachmentKind", attachmentKindLabels);

builder.prismaObject("Attachment", {
  description:
    "附件：照片、事迹材料、项目申报材料或异议证明材料。上传与下载走 /files/attachments（见 docs/api/files.md）",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: AttachmentKindEnum }),
    kindLabel: t.string({
      description: "类别的中文说法",
      resolve: (attachment) => attachmentKindLabels[attachment.kind],
    }),
    fileName: t.exposeString("fileName", { description: "上传时的文件名" }),
    contentType: t.exposeString("contentType", { description: "按文件内容识别的类型" }),
    size: t.exposeInt("size", { description: "字节数" }),
    sha256: t.exposeString("sha256", { description: "文件内容的 SHA-256（十六进制）" }),
    registrationId: t.exposeID("registrationId", { nullable: true }),
    uploadedAt: t.expose("uploadedAt", { type: "DateTime" }),
    uploadedByName: t.string({
      nullable: true,
      description: "上传人；公众上传为空",
      select: { uploadedBy: { select: { displayName: true } } },
      resolve: (attachment) => attachment.uploadedBy?.displayName ?? null,
    }),
    downloadUrl: t.string({
      description: "下载地址（带同样的 Authorization 头 GET；始终作为附件下载）",
      resolve: (attachment) => `/files/attachments/${attachment.id}`,
    }),
  }),
});

builder.prismaObjectField("Registration", "attachments", (t) =>
  t.relation("attachments", {
    description: "报名的附件（照片、事迹材料、申报材料），按上传先后",
    query: { orderBy: [{ uploadedAt: "asc" }, { id: "asc" }] },
  }),
);

builder.mutationFields((t) => ({
  deleteAttachment: t.prismaField({
    type: "Attachment",
    authScopes: { signedIn: true },
    description: "删除附件：报名进入审核前（已退回，或待审核且本轮尚无人审核）由本人、上级单位管理员或系统管理员删除",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_query, _root, args, context) => {
      if (!context.storage) throw new DomainError("INTERNAL");
      return deleteAttachment(context, context.storage, rowId(args.id));
    },
  }),
}));
