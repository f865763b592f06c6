import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { preparedStatement, type Db } from '../../platform/db/client.js';
import type { AuditAlong } from '../../platform/audit/audit.js';
import { fromJson } from '../../platform/db/json-rows.js';
import { consentJsonParts } from '../consent/consent.service.js';
import { involvementFlagsJson, involvementFrom, type InvolvementFlags } from '../case-core/cases.involvement.js';
import { caseScope, createdCase, readInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { inquiries } from '../case-core/intake.tables.js';
import { inquiryScope } from '../case-core/intake.scope.js';
import { cases, casePersons, casePersonCprs, caseParticipants } from '../case-core/cases.tables.js';

/**
 * SQL only. Everything under a case takes the `CaseInScope` the gate (cases.scope.ts) returned, never a bare
 * id, so a use case that skipped the gate does not compile.
 */
export const casesRepo = {
  insertCase: async (db: Db, values: Omit<typeof cases.$inferInsert, 'caseNumber'>) =>
    (await db
      .insert(cases)
      .values({ ...values, caseNumber: sql`'SKJ-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('case_number_seq')::text, 6, '0')` })
      .returning()
      .then((rows) => createdCase(rows[0]!))),

  /** Writes and counts the edit: `version` goes up by one with every change (stale writes are refused before). */
  update: async (db: Db, c: CaseInScope, set: Partial<typeof cases.$inferInsert>) =>
    (await db.update(cases).set({ ...set, version: sql`${cases.version} + 1`, updatedAt: new Date() }).where(eq(cases.id, c.id)).returning())[0]! as CaseInScope,

  addParticipant: (db: Db, c: CaseInScope, userId: string, role: 'RESPONSIBLE_CASEWORKER' | 'CASEWORKER' | 'CONSULTANT', addedBy: string) =>
    db
      .insert(caseParticipants)
      .values({ caseId: c.id, userId, participantRole: role, addedBy })
      .onConflictDoUpdate({ target: [caseParticipants.caseId, caseParticipants.userId], set: { participantRole: role } }),

  removeParticipant: (db: Db, c: CaseInScope, userId: string) =>
    db.delete(caseParticipants).where(and(eq(caseParticipants.caseId, c.id), eq(caseParticipants.userId, userId))),

  participants: (db: Db, c: CaseInScope) =>
    db.execute(sql`SELECT cp.user_id, cp.participant_role, u.display_name FROM case_participants cp JOIN users u ON u.id = cp.user_id
                    WHERE cp.case_id = ${c.id} ORDER BY cp.added_at`) as unknown as Promise<{
      rows: { user_id: string; participant_role: string; display_name: string }[];
    }>,

  insertPerson: async (db: Db, values: typeof casePersons.$inferInsert) => (await db.insert(casePersons).values(values).returning())[0]!,
  updatePerson: async (db: Db, id: string, set: Partial<typeof casePersons.$inferInsert>) =>
    (await db.update(casePersons).set({ ...set, version: sql`${casePersons.version} + 1`, updatedAt: new Date() }).where(eq(casePersons.id, id)).returning())[0]!,
  personsOf: (db: Db, c: CaseInScope) => db.select().from(casePersons).where(eq(casePersons.caseId, c.id)).orderBy(casePersons.createdAt),
  personOf: async (db: Db, c: CaseInScope, personId: string) =>
    (await db.select().from(casePersons).where(and(eq(casePersons.caseId, c.id), eq(casePersons.id, personId))).limit(1))[0] ?? null,

  /** CPR history: the current number is the row without replaced_at. */
  addCprHistory: (db: Db, values: typeof casePersonCprs.$inferInsert) => db.insert(casePersonCprs).values(values),
  replaceCurrentCpr: (db: Db, personId: string) =>
    db.update(casePersonCprs).set({ replacedAt: new Date() }).where(and(eq(casePersonCprs.personId, personId), sql`${casePersonCprs.replacedAt} IS NULL`)),
  cprHistoryOfCase: (db: Db, c: CaseInScope) =>
    db.select().from(casePersonCprs).where(and(eq(casePersonCprs.caseId, c.id), sql`${casePersonCprs.replacedAt} IS NOT NULL`)),

  /**
   * Everything the case view shows besides the case row, in one round trip (issue 15: caseView ran ten queries
   * one after the other, then five): participants with names, persons, the replaced CPR numbers, who fulfilled
   * the duty to notify, the inquiry's concern, its consents and legal bases, the municipality's involvement
   * (cases.involvement.ts decides it, from the same facts) and what waits after a handover (counts only). One
   * statement is also one snapshot: the parts cannot disagree with each other.
   */
  viewParts: async (db: Db, row: { id: string; inquiryId: string | null; dutyFulfilledBy: string | null }) => {
    const [r] = await viewPartsStatement(db, { id: row.id, inquiryId: row.inquiryId, dutyFulfilledBy: row.dutyFulfilledBy });
    return viewPartsFrom(r!);
  },

  /**
   * The audited case read in one statement (cases.scope.ts `readInScope`): the gate, the audit row (written
   * only when the gate lets the case through) and the view's parts.
   */
  readAudited: async (db: Db, actor: Actor, caseId: string, audit: AuditAlong) => {
    const read = await readInScope<ViewPartsJson & { audit_seq: string | null }>(db, actor, caseId, `skjold_case_read_${audit.kind}`, audit.values, () => ({
      with: audit.cte(sql`EXISTS (SELECT 1 FROM g)`),
      columns: sql`${audit.seq} AS audit_seq, ${viewPartsColumns(sql`g.id`, sql`g.inquiry_id`, sql`g.duty_fulfilled_by`)}`,
    }));
    return read ? { served: { row: read.row, parts: viewPartsFrom(read.json) }, auditSeq: read.json.audit_seq } : null;
  },

  caseworkerOfMunicipality: async (db: Db, userId: string, municipalityCode: string) =>
    ((await db.execute(sql`SELECT id, display_name FROM users WHERE id = ${userId} AND role = 'caseworker' AND active
                            AND municipality_code = ${municipalityCode}`)) as unknown as { rows: { id: string; display_name: string }[] }).rows[0] ?? null,

  /**
   * Whether the actor may name a municipality's caseworker as responsible (issue 9 item 6), so may see its
   * caseworkers' names: a caseworker in their own municipality only (where they open and hand over cases); a
   * consultant in the municipalities of their region (DOMAIN.md § 2), in the municipality of a case they take
   * part in (the case may have been handed over out of the region; that is how its new caseworker is linked),
   * and in the citizen's or initiator's municipality of an unopened inquiry in their scope (the consultant on
   * the hotline who opens a case for a municipality outside the region). Nobody else.
   */
  mayAssignIn: async (db: Db, actor: Actor, municipalityCode: string): Promise<boolean> => {
    if (actor.role === 'caseworker') return actor.municipalityCode === municipalityCode;
    if (actor.role !== 'consultant') return false;
    const rows = ((await db.execute(sql`SELECT (
        EXISTS (SELECT 1 FROM municipalities m WHERE m.code = ${municipalityCode} AND m.region = ${actor.region ?? ''})
        OR EXISTS (SELECT 1 FROM cases WHERE ${cases.responsibleMunicipalityCode} = ${municipalityCode} AND ${caseScope(actor)}
                     AND EXISTS (SELECT 1 FROM case_participants cp WHERE cp.case_id = ${cases.id} AND cp.user_id = ${actor.userId}))
        OR EXISTS (SELECT 1 FROM inquiries WHERE ${inquiries.caseId} IS NULL AND ${inquiryScope(actor)}
                     AND (${inquiries.citizenMunicipalityCode} = ${municipalityCode} OR ${inquiries.initiatorMunicipalityCode} = ${municipalityCode}))
      ) AS ok`)) as unknown as { rows: { ok: boolean }[] }).rows;
    return rows[0]?.ok === true;
  },
  caseworkersOf: async (db: Db, municipalityCode: string) =>
    ((await db.execute(sql`SELECT id, display_name FROM users WHERE role = 'caseworker' AND active AND municipality_code = ${municipalityCode}
                            ORDER BY display_name`)) as unknown as { rows: { id: string; display_name: string }[] }).rows,
};

interface ViewPartsJson {
  participants: { user_id: string; participant_role: string; display_name: string }[];
  persons: Record<string, unknown>[];
  history: Record<string, unknown>[];
  duty_name: string | null;
  concern: { reasons: string[]; summary_enc: string | null; received_at: string } | null;
  consents: Record<string, unknown>[];
  legal_bases: Record<string, unknown>[];
  involvement: InvolvementFlags | null;
  handover_tasks: number;
  handover_measures: number;
}

/** The view's parts as columns of one SELECT, over a case given by placeholders or by a gated row's columns. */
const viewPartsColumns = (id: SQL, inquiryId: SQL, dutyFulfilledBy: SQL) => sql`
    (SELECT coalesce(json_agg(json_build_object('user_id', cp.user_id, 'participant_role', cp.participant_role, 'display_name', u.display_name)
                              ORDER BY cp.added_at), '[]'::json)
       FROM case_participants cp JOIN users u ON u.id = cp.user_id WHERE cp.case_id = ${id}) AS participants,
    (SELECT coalesce(json_agg(p ORDER BY p.created_at), '[]'::json) FROM case_persons p WHERE p.case_id = ${id}) AS persons,
    (SELECT coalesce(json_agg(h), '[]'::json) FROM case_person_cprs h WHERE h.case_id = ${id} AND h.replaced_at IS NOT NULL) AS history,
    (SELECT u.display_name FROM users u WHERE u.id = ${dutyFulfilledBy}) AS duty_name,
    (SELECT json_build_object('reasons', i.reasons, 'summary_enc', i.summary_enc, 'received_at', i.received_at)
       FROM inquiries i WHERE i.id = ${inquiryId}) AS concern,
    ${consentJsonParts.consentsJson(inquiryId)} AS consents,
    ${consentJsonParts.legalBasesJson(inquiryId)} AS legal_bases,
    (SELECT ${involvementFlagsJson} FROM cases WHERE ${cases.id} = ${id}) AS involvement,
    (SELECT count(*)::int FROM tasks t WHERE t.case_id = ${id} AND t.status = 'AABEN' AND t.handover_from_user_id IS NOT NULL) AS handover_tasks,
    (SELECT count(*)::int FROM safety_measures m WHERE m.case_id = ${id} AND m.status IN ('FORESLAAET','IVAERKSAT')
        AND m.handover_from_user_id IS NOT NULL) AS handover_measures`;

const viewPartsStatement = preparedStatement<ViewPartsJson>('skjold_case_view', () =>
  sql`SELECT ${viewPartsColumns(sql`${sql.placeholder('id')}`, sql`${sql.placeholder('inquiryId')}`, sql`${sql.placeholder('dutyFulfilledBy')}`)}`);

function viewPartsFrom(json: ViewPartsJson) {
  return {
    participants: json.participants,
    persons: json.persons.map((p) => fromJson(casePersons, p)),
    history: json.history.map((h) => fromJson(casePersonCprs, h)),
    dutyName: json.duty_name,
    concern: json.concern ? { reasons: json.concern.reasons, summaryEnc: json.concern.summary_enc, receivedAt: new Date(json.concern.received_at) } : null,
    consents: consentJsonParts.consentRowsFromJson(json.consents),
    legalBases: consentJsonParts.legalBasisRowsFromJson(json.legal_bases),
    involvement: involvementFrom(json.involvement),
    handoverPending: { tasks: Number(json.handover_tasks), measures: Number(json.handover_measures) },
  };
}

export type ViewParts = ReturnType<typeof viewPartsFrom>;
