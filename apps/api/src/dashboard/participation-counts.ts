import { youngEntrantBornAfter } from "@jinzhou/domain";
import type { Context } from "../context.ts";

/** Entrants of one activity from one group (a child of the scope root, or the root itself: null). */
export interface ParticipationCell {
  activityId: number;
  /** The child of the scope root whose subtree the entry's unit is in; null for the root itself. */
  groupId: number | null;
  entrants: number;
  youngEntrants: number;
  nonPublicEntrants: number;
}

export interface ParticipationQuery {
  year: number;
  /** Path of the organization whose children are the groups, e.g. "/00000001/"; only entries below it count. */
  rootPath: string;
  rootId: number;
  /** Only this department's activities (an organizer's view), or every department's. */
  departmentCode: string | null;
}

interface Row {
  activityId: number | bigint;
  groupId: number | bigint | null;
  entrants: number | bigint;
  youngEntrants: number | bigint;
  nonPublicEntrants: number | bigint;
}

/**
 * A year's entrants counted in the database, in ONE statement, per activity and per child of the
 * scope root. An entrant is a worker named in a live entry (every state but 未通过 and 已撤销),
 * counted once per activity however many of its categories they entered (人次: the same worker in
 * two activities counts twice). Young: born after 31 December of the year minus 36 years
 * (packages/domain participation.ts). Non-public: the worker's grassroots union is a 非公有制企业.
 * Entries of units (no worker named) are not entrants here.
 */
export async function countParticipation(context: Context, query: ParticipationQuery): Promise<ParticipationCell[]> {
  // Birth dates are stored as calendar days at 00:00 UTC.
  const youngBound = new Date(`${youngEntrantBornAfter(query.year)}T00:00:00.000Z`);
  // One statement text for both views: every department (1), or the one whose code is given.
  const everyDepartment = query.departmentCode === null ? 1 : 0;
  const rows = await context.prisma.$queryRaw<Row[]>`
    SELECT e."activityId" AS "activityId", g."id" AS "groupId",
      CAST(COUNT(*) AS INTEGER) AS "entrants",
      CAST(SUM(CASE WHEN e."birthDate" > ${youngBound} THEN 1 ELSE 0 END) AS INTEGER) AS "youngEntrants",
      CAST(SUM(CASE WHEN e."ownership" = 'NON_PUBLIC' THEN 1 ELSE 0 END) AS INTEGER) AS "nonPublicEntrants"
    FROM (
      SELECT r."activityId" AS "activityId", m."workerId" AS "workerId", MIN(o."path") AS "path",
        MIN(w."birthDate") AS "birthDate", MIN(wo."ownership") AS "ownership"
      FROM "RegistrationMember" m
      JOIN "Registration" r ON r."id" = m."registrationId"
      JOIN "Activity" a ON a."id" = r."activityId"
      JOIN "Department" d ON d."id" = a."departmentId"
      JOIN "Organization" o ON o."id" = r."organizationId"
      JOIN "Worker" w ON w."id" = m."workerId"
      JOIN "Organization" wo ON wo."id" = w."organizationId"
      WHERE a."year" = ${query.year}
        AND r."state" NOT IN ('REJECTED', 'WITHDRAWN')
        AND o."path" LIKE ${`${query.rootPath}%`}
        AND (${everyDepartment} = 1 OR d."code" = ${query.departmentCode ?? ""})
      GROUP BY r."activityId", m."workerId"
    ) e
    LEFT JOIN "Organization" g ON g."parentId" = ${query.rootId} AND e."path" LIKE (g."path" || '%')
    GROUP BY e."activityId", g."id"`;
  return rows.map((row) => ({
    activityId: Number(row.activityId),
    groupId: row.groupId === null ? null : Number(row.groupId),
    entrants: Number(row.entrants),
    youngEntrants: Number(row.youngEntrants),
    nonPublicEntrants: Number(row.nonPublicEntrants),
  }));
}
