import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { consultantRegions, municipalities, nationalActors, securityConsultants } from './directory.tables.js';
import type { Consultant, Municipality, NationalActor } from './directory.schemas.js';

/** SQL only. Reference data is public and national, so there is no caller scope to apply. */
export async function findMunicipality(db: Db, code: string): Promise<Municipality | null> {
  const [row] = await db.select().from(municipalities).where(eq(municipalities.code, code)).limit(1);
  return row ?? null;
}

export async function listMunicipalities(db: Db): Promise<Municipality[]> {
  return db.select().from(municipalities);
}

export async function consultantsOfRegion(db: Db, region: string): Promise<Consultant[]> {
  return db
    .select({ name: securityConsultants.name, phone: securityConsultants.phone, speciality: securityConsultants.speciality })
    .from(consultantRegions)
    .innerJoin(securityConsultants, eq(securityConsultants.id, consultantRegions.consultantId))
    .where(eq(consultantRegions.region, region))
    .orderBy(asc(consultantRegions.sortOrder));
}

export async function listNationalActors(db: Db): Promise<NationalActor[]> {
  return db
    .select({
      id: nationalActors.id,
      name: nationalActors.name,
      phone: nationalActors.phone,
      description: nationalActors.description,
      eligibility: nationalActors.eligibility,
      alwaysOpen: nationalActors.alwaysOpen,
      hours: nationalActors.hours,
    })
    .from(nationalActors)
    .orderBy(asc(nationalActors.sortOrder));
}
