import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import { queryRows, type Db } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { notFound, staleVersion } from '../../platform/http/errors.js';
import { consultantRegions, nationalActors, securityConsultants } from './directory.tables.js';
import { findMunicipality } from './directory.repository.js';
import type { PutActorBody, PutConsultantBody } from './partners.schemas.js';

/**
 * The partner directory the admin keeps (issue 14): national actors (phone, hours, eligibility) and the
 * consultants with their regions and the concern types they are limited to. Published work contacts of public
 * functions, so reads are not uses of personal data; every change is audited.
 */
export async function partnerDirectory(db: Db) {
  const actors = await db.select().from(nationalActors).orderBy(asc(nationalActors.sortOrder));
  const consultants = await db.select().from(securityConsultants).orderBy(asc(securityConsultants.name));
  const regions = await db.select().from(consultantRegions).orderBy(asc(consultantRegions.sortOrder));
  return {
    actors: actors.map((a) => ({ id: a.id, name: a.name, phone: a.phone, hours: a.hours, description: a.description, eligibility: a.eligibility, alwaysOpen: a.alwaysOpen, version: a.version })),
    consultants: consultants.map((c) => ({
      id: c.id, name: c.name, phone: c.phone, speciality: c.speciality, version: c.version,
      concernTypes: c.concernTypes as z.infer<typeof PutConsultantBody>['concernTypes'],
      regions: regions.filter((r) => r.consultantId === c.id).map((r) => r.region),
    })),
  };
}

export async function updateActor(db: Db, actor: Actor, id: string, body: z.infer<typeof PutActorBody>) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(nationalActors).where(eq(nationalActors.id, id)).for('update');
    if (!current) throw notFound();
    if (current.version !== body.version) throw staleVersion(current.version);
    const { version, ...values } = body;
    await tx.update(nationalActors).set({ ...values, version: version + 1 }).where(eq(nationalActors.id, id));
    await recordAudit(tx, { type: 'directory.partner_updated', actor, subjectType: 'national_actor', subjectId: id, details: { fields: Object.keys(values), version: version + 1 } });
    return (await partnerDirectory(tx)).actors.find((a) => a.id === id)!;
  });
}

export async function updateConsultant(db: Db, actor: Actor, id: string, body: z.infer<typeof PutConsultantBody>) {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(securityConsultants).where(eq(securityConsultants.id, id)).for('update');
    if (!current) throw notFound();
    if (current.version !== body.version) throw staleVersion(current.version);
    const { version, regions, ...values } = body;
    await tx.update(securityConsultants).set({ ...values, version: version + 1 }).where(eq(securityConsultants.id, id));
    const kept = await tx.select().from(consultantRegions).where(eq(consultantRegions.consultantId, id));
    await tx.delete(consultantRegions).where(and(eq(consultantRegions.consultantId, id), sql`${consultantRegions.region} <> ALL(${sql.param(regions)}::text[])`));
    for (const region of regions.filter((r) => !kept.some((k) => k.region === r))) {
      const [row] = await queryRows<{ next: number }>(tx, sql`SELECT (COALESCE(max(sort_order), 0) + 1)::int AS next FROM consultant_regions WHERE region = ${region}`);
      await tx.insert(consultantRegions).values({ consultantId: id, region, sortOrder: row!.next });
    }
    await recordAudit(tx, { type: 'directory.partner_updated', actor, subjectType: 'security_consultant', subjectId: id, details: { fields: [...Object.keys(values), 'regions'], version: version + 1 } });
    return (await partnerDirectory(tx)).consultants.find((c) => c.id === id)!;
  });
}

/**
 * The consultants to call for a case: the region's, with a specialist in the case's concern first and a
 * specialist in something else left out (seed 001: one consultant handles only travel cases).
 */
export async function suggestConsultants(db: Db, municipalityCode: string, concerns: string[]) {
  const m = await findMunicipality(db, municipalityCode);
  if (!m) throw notFound(`Der findes ingen kommune med koden ${municipalityCode}.`);
  const rows = await db
    .select({ name: securityConsultants.name, phone: securityConsultants.phone, speciality: securityConsultants.speciality, concernTypes: securityConsultants.concernTypes, order: consultantRegions.sortOrder })
    .from(consultantRegions)
    .innerJoin(securityConsultants, eq(securityConsultants.id, consultantRegions.consultantId))
    .where(eq(consultantRegions.region, m.region))
    .orderBy(asc(consultantRegions.sortOrder));
  const fits = rows.filter((r) => !r.concernTypes.length || !concerns.length || r.concernTypes.some((c) => concerns.includes(c)));
  const specialist = (r: (typeof rows)[number]) => r.concernTypes.length > 0 && concerns.length > 0;
  return {
    region: m.region,
    consultants: [...fits.filter(specialist), ...fits.filter((r) => !specialist(r))].map((r) => ({ name: r.name, phone: r.phone, speciality: r.speciality, specialist: specialist(r) })),
  };
}
