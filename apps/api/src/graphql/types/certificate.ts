import type { Prisma } from "@jinzhou/db";
import { type CertificateData, certificateHeadings } from "@jinzhou/domain";
import { issueCertificates } from "../../certificates/issue-certificates.ts";
import { organizationScopeWhere, requireActor } from "../../organizations/organization-scope.ts";
import { managedActivityScope } from "../../results/result-scope.ts";
import { builder } from "../builder.ts";
import { type ListArguments, listArguments, optionalRowId, orderOf, pageOf, rowId } from "../list-args.ts";
import { enumFrom, ListMetadata } from "./enums.ts";

const CertificateKindEnum = enumFrom("CertificateKind", certificateHeadings);

function dataOf(row: { data: Prisma.JsonValue }): CertificateData {
  return row.data as unknown as CertificateData;
}

builder.prismaObject("Certificate", {
  description:
    "证书（荣誉证书或参赛证书）；编号在活动内唯一，重复颁发不会产生重复证书。优秀组织奖的荣誉证书以单位为获奖者（registrationId 为空）",
  fields: (t) => ({
    id: t.exposeID("id"),
    activityId: t.exposeID("activityId"),
    registrationId: t.exposeID("registrationId", {
      nullable: true,
      description: "所证明的报名；优秀组织奖的证书为空",
    }),
    organizationAwardId: t.exposeID("organizationAwardId", {
      nullable: true,
      description: "所证明的优秀组织奖；报名的证书为空",
    }),
    kind: t.expose("kind", { type: CertificateKindEnum }),
    levelKey: t.exposeString("levelKey", { description: "奖项层级代码（CITY、COUNTY-…），参赛证书为 PARTICIPATION" }),
    number: t.exposeString("number", { description: "证书编号，如 JZ-ZYB-0001" }),
    sequence: t.exposeInt("sequence"),
    heading: t.string({ select: { data: true }, resolve: (row) => dataOf(row).heading }),
    recipientName: t.string({
      description: "获证人、队伍或项目；优秀组织奖为获奖单位",
      select: { data: true },
      resolve: (row) => dataOf(row).recipientName,
    }),
    organizationName: t.string({ select: { data: true }, resolve: (row) => dataOf(row).organizationName }),
    activityName: t.string({ select: { data: true }, resolve: (row) => dataOf(row).activityName }),
    categoryName: t.string({ nullable: true, select: { data: true }, resolve: (row) => dataOf(row).categoryName }),
    levelName: t.string({ nullable: true, select: { data: true }, resolve: (row) => dataOf(row).levelName }),
    awardName: t.string({ nullable: true, select: { data: true }, resolve: (row) => dataOf(row).awardName }),
    titles: t.stringList({ select: { data: true }, resolve: (row) => [...dataOf(row).titles] }),
    citation: t.string({ description: "证书正文", select: { data: true }, resolve: (row) => dataOf(row).citation }),
    issuerName: t.string({ select: { data: true }, resolve: (row) => dataOf(row).issuerName }),
    issuedOn: t.exposeString("issuedOn", { description: "发证日期 YYYY-MM-DD" }),
    issueDateText: t.string({ select: { data: true }, resolve: (row) => dataOf(row).issueDateText }),
    issuedAt: t.expose("issuedAt", { type: "DateTime" }),
    downloadPath: t.string({
      description: "PDF 下载地址（须带同一登录令牌：Authorization: Bearer …）",
      select: { id: true },
      resolve: (row) => `/files/certificates/${row.id}.pdf`,
    }),
  }),
});

const CertificateFilter = builder.inputType("CertificateFilter", {
  fields: (t) => ({
    ids: t.idList(),
    activityId: t.id(),
    registrationId: t.id(),
    organizationAwardId: t.id(),
    kind: t.field({ type: CertificateKindEnum }),
  }),
});

function certificateWhere(
  filter: typeof CertificateFilter.$inferInput | null | undefined,
): Prisma.CertificateWhereInput {
  const conditions: Prisma.CertificateWhereInput[] = [];
  if (filter?.ids) conditions.push({ id: { in: filter.ids.map(rowId) } });
  const activityId = optionalRowId(filter?.activityId);
  if (activityId !== undefined) conditions.push({ activityId });
  const registrationId = optionalRowId(filter?.registrationId);
  if (registrationId !== undefined) conditions.push({ registrationId });
  const organizationAwardId = optionalRowId(filter?.organizationAwardId);
  if (organizationAwardId !== undefined) conditions.push({ organizationAwardId });
  if (filter?.kind) conditions.push({ kind: filter.kind });
  return { AND: conditions };
}

const sortable: Record<string, (direction: "asc" | "desc") => Prisma.CertificateOrderByWithRelationInput> = {
  id: (direction) => ({ id: direction }),
  number: (direction) => ({ number: direction }),
  sequence: (direction) => ({ sequence: direction }),
  issuedAt: (direction) => ({ issuedAt: direction }),
};

const listArgs = listArguments(CertificateFilter);
const managers = ["ADMIN", "ORGANIZER"] as const;

/**
 * The admin and organizers see their activities' certificates; a worker sees their own; a unit
 * admin sees the organization award certificates (优秀组织奖) of units in their subtree.
 */
async function visibleCertificateWhere(
  context: Parameters<typeof managedActivityScope>[0],
  filter: typeof CertificateFilter.$inferInput | null | undefined,
): Promise<Prisma.CertificateWhereInput> {
  const actor = requireActor(context);
  const scope: Prisma.CertificateWhereInput =
    actor.role === "WORKER"
      ? { registration: { members: { some: { workerId: actor.workerId ?? -1 } } } }
      : actor.role === "UNIT_ADMIN"
        ? { organizationAward: { organization: organizationScopeWhere(actor) } }
        : { activity: await managedActivityScope(context) };
  return { AND: [certificateWhere(filter), scope] };
}

builder.queryFields((t) => ({
  allCertificates: t.prismaField({
    type: ["Certificate"],
    authScopes: { role: [...managers, "WORKER", "UNIT_ADMIN"] },
    args: listArgs,
    resolve: async (query, _root, args, context) =>
      context.prisma.certificate.findMany({
        ...query,
        where: await visibleCertificateWhere(context, args.filter),
        orderBy: [...orderOf(args as ListArguments, sortable, "sequence"), { id: "asc" }],
        ...pageOf(args),
      }),
  }),
  _allCertificatesMeta: t.field({
    type: ListMetadata,
    authScopes: { role: [...managers, "WORKER", "UNIT_ADMIN"] },
    args: listArgs,
    resolve: async (_root, args, context) => ({
      count: await context.prisma.certificate.count({ where: await visibleCertificateWhere(context, args.filter) }),
    }),
  }),
  Certificate: t.prismaField({
    type: "Certificate",
    nullable: true,
    authScopes: { role: [...managers, "WORKER", "UNIT_ADMIN"] },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) =>
      context.prisma.certificate.findFirst({
        ...query,
        where: { AND: [{ id: rowId(args.id) }, await visibleCertificateWhere(context, null)] },
      }),
  }),
  myCertificates: t.prismaField({
    type: ["Certificate"],
    description: "职工本人的证书",
    authScopes: { role: ["WORKER"] },
    resolve: async (query, _root, _args, context) =>
      context.prisma.certificate.findMany({
        ...query,
        where: await visibleCertificateWhere(context, null),
        orderBy: [{ activityId: "asc" }, { sequence: "asc" }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  issueCertificates: t.prismaField({
    type: ["Certificate"],
    description: "颁发证书（结果正式发布后）：获奖者荣誉证书、其他参赛者参赛证书；重复颁发只补发缺少的，不会重复",
    authScopes: { role: [...managers] },
    args: { activityId: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, context) => {
      const issued = await issueCertificates(context, rowId(args.activityId));
      return context.prisma.certificate.findMany({
        ...query,
        where: { id: { in: issued.map((row) => row.id) } },
        orderBy: { sequence: "asc" },
      });
    },
  }),
}));
