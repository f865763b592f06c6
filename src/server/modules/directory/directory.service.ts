import type { Db } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import * as repo from './directory.repository.js';
import type { Municipality, MunicipalityWithConsultants, NationalActor } from './directory.schemas.js';

// PGlite has only the C collation, so Danish order (æ, ø, å after z; "Aa" as "Å") is applied here, the same
// on both engines.
const danish = new Intl.Collator('da');

export const sortDanish = <T extends { name: string }>(items: T[]): T[] => [...items].sort((a, b) => danish.compare(a.name, b.name));

/** A municipality with the security consultants of its region: what a citizen or caseworker needs to call. */
export async function municipalityWithConsultants(db: Db, code: string): Promise<MunicipalityWithConsultants> {
  const municipality = await repo.findMunicipality(db, code);
  if (!municipality) throw notFound(`Der findes ingen kommune med koden ${code}.`);
  return { ...municipality, consultants: await repo.consultantsOfRegion(db, municipality.region) };
}

export async function municipalities(db: Db): Promise<Municipality[]> {
  return sortDanish(await repo.listMunicipalities(db));
}

export async function nationalActors(db: Db): Promise<NationalActor[]> {
  return repo.listNationalActors(db);
}

/** What the public page shows for one municipality: its region's consultants and the national lines. */
export async function publicConsultants(db: Db, code: string) {
  const { consultants, ...municipality } = await municipalityWithConsultants(db, code);
  return { municipality, consultants, nationalLines: await repo.listNationalActors(db) };
}

/** "Albertslund Kommune" for permanent records (journal lines), never the bare code; the code if unknown. */
export async function municipalityName(db: Db, code: string): Promise<string> {
  const m = await repo.findMunicipality(db, code);
  if (!m) return `kommune ${code}`;
  // The directory names the place ("Albertslund"); Bornholm's municipality is a regional one.
  return m.code === '400' ? 'Bornholms Regionskommune' : `${m.name} Kommune`;
}

/** One municipality or null (for other modules, which never read directory's repository). */
export const findMunicipality = (db: Db, code: string) => repo.findMunicipality(db, code);
