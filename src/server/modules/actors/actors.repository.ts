import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client.js';
import { queryRows } from '../../platform/db/client.js';
import { nationalActors } from '../directory/directory.tables.js';
import type { CaseInScope } from '../case-core/cases.scope.js';
import type { ConsentScope } from '../consent/consent.schemas.js';
import { actorDirectory, caseActors } from './actors.tables.js';

/** SQL only. Everything under a case takes the CaseInScope the gate returned. */
export const actorsRepo = {
  insert: async (db: Db, c: CaseInScope, values: Omit<typeof caseActors.$inferInsert, 'caseId'>) =>
    (await db.insert(caseActors).values({ ...values, caseId: c.id }).returning())[0]!,

  ofCase: (db: Db, c: CaseInScope) =>
    db.select().from(caseActors).where(eq(caseActors.caseId, c.id)).orderBy(asc(caseActors.createdAt), asc(caseActors.id)),

  byIdOfCase: async (db: Db, c: CaseInScope, id: string) =>
    (await db.select().from(caseActors).where(and(eq(caseActors.caseId, c.id), eq(caseActors.id, id))).limit(1))[0] ?? null,

  /** The directory, names and phones taken from national_actors where the entry points there. */
  directory: (db: Db) =>
    db
      .select({
        id: actorDirectory.id, actorType: actorDirectory.actorType, department: actorDirectory.department,
        name: sql<string>`coalesce(${actorDirectory.name}, ${nationalActors.name})`,
        phone: sql<string | null>`coalesce(${actorDirectory.phone}, ${nationalActors.phone})`,
        email: actorDirectory.email,
        description: sql<string | null>`coalesce(${actorDirectory.description}, ${nationalActors.description})`,
        // Who a national actor is for (the partner directory's, e.g. RED Safehouse: 16–30 without children).
        eligibility: nationalActors.eligibility,
      })
      .from(actorDirectory)
      .leftJoin(nationalActors, eq(nationalActors.id, actorDirectory.nationalActorId))
      .orderBy(asc(actorDirectory.sortOrder)),

  municipalityName: async (db: Db, code: string) =>
    (await queryRows<{ name: string }>(db, sql`SELECT name FROM municipalities WHERE code = ${code}`))[0]?.name ?? null,

  /**
   * What covers `scope` on the case's inquiry: an active consent, and recorded other legal bases (their basis text).
   * Whether the consent's giver fits the citizen's age is consentAllows' question; this says which kind it is.
   */
  sharingBasis: async (db: Db, c: CaseInScope, scope: ConsentScope) => {
    const rows = await queryRows<{ consent: boolean; bases: string[] | null }>(db, sql`
      SELECT EXISTS (SELECT 1 FROM consents k WHERE k.inquiry_id = ${c.inquiryId} AND k.withdrawn_at IS NULL
                       AND ${scope} = ANY (k.scopes)) AS consent,
             (SELECT array_agg(lb.basis ORDER BY lb.recorded_at) FROM legal_bases lb
               WHERE lb.inquiry_id = ${c.inquiryId} AND ${scope} = ANY (lb.scopes)) AS bases`);
    return { consent: rows[0]?.consent === true, legalBases: rows[0]?.bases ?? [] };
  },
};
