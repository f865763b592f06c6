import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { users } from '../auth/auth.tables.js';
import { iso, type Svc } from '../../shared/svc.js';
import { caseScope } from '../case-core/cases.scope.js';
import { casePersons, cases } from '../case-core/cases.tables.js';
import { maskName } from './cases.persons.js';
import { isOverdue } from './cases.view.js';
import type { CaseSummary, ListCasesQuery } from './cases.schemas.js';

/**
 * Lists and search. Every query ANDs caseScope(actor), so counts and rows never hint at cases outside it.
 * Names are decrypted only for cases the viewer takes part in; others see initials ("S. T.").
 */
async function page(svc: Svc, actor: Actor, filters: SQL[], limit: number, offset: number) {
  const isParticipant = sql<boolean>`EXISTS (SELECT 1 FROM case_participants p WHERE p.case_id = ${cases.id} AND p.user_id = ${actor.userId})`;
  const where = and(caseScope(actor), ...filters);
  const rows = await svc.db
    .select({ c: cases, nameEnc: casePersons.nameEnc, caseworkerName: users.displayName, isParticipant })
    .from(cases)
    .leftJoin(casePersons, and(eq(casePersons.caseId, cases.id), eq(casePersons.role, 'BORGER')))
    .leftJoin(users, eq(users.id, cases.responsibleCaseworkerId))
    .where(where)
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(limit)
    .offset(offset);
  const [total] = await svc.db.select({ n: count() }).from(cases).where(where);
  const items: CaseSummary[] = rows.map(({ c, nameEnc, caseworkerName, isParticipant: mine }) => {
    const name = nameEnc ? svc.fc.decrypt(nameEnc) : null;
    return {
      id: c.id,
      caseNumber: c.caseNumber,
      status: c.status,
      responsibleMunicipalityCode: c.responsibleMunicipalityCode,
      responsibleCaseworker: c.responsibleCaseworkerId ? { id: c.responsibleCaseworkerId, displayName: caseworkerName ?? '' } : null,
      citizenName: name === null ? null : mine ? name : maskName(name),
      nameMasked: !mine,
      ageBand: c.citizenAgeBand as CaseSummary['ageBand'],
      concernTypes: c.concernTypes as CaseSummary['concernTypes'],
      acute: c.acute,
      currentRiskLevel: c.currentRiskLevel as CaseSummary['currentRiskLevel'],
      dutyToNotifyPending: c.dutyToNotifyApplies && !c.dutyFulfilledAt,
      otherLegalBasis: c.otherLegalBasis,
      followUpDueAt: c.followUpDueAt,
      overdue: isOverdue(c),
      createdAt: iso(c.createdAt),
    };
  });
  return { items, total: Number(total?.n ?? 0), ids: rows.map((r) => r.c.id) };
}

export async function listCases(svc: Svc, actor: Actor, q: ListCasesQuery) {
  const f: SQL[] = [];
  if (q.scope === 'mine') f.push(sql`EXISTS (SELECT 1 FROM case_participants p WHERE p.case_id = ${cases.id} AND p.user_id = ${actor.userId})`);
  if (q.status) f.push(eq(cases.status, q.status));
  if (q.riskLevel) f.push(eq(cases.currentRiskLevel, q.riskLevel));
  if (q.concernType) f.push(sql`${cases.concernTypes} @> ARRAY[${q.concernType}]::text[]`);
  if (q.acute !== undefined) f.push(eq(cases.acute, q.acute));
  if (q.overdue === true) f.push(sql`${cases.followUpDueAt} < current_date AND ${cases.status} NOT IN ('AFSLUTTET','OVERDRAGET')`);
  if (q.overdue === false) f.push(sql`NOT (${cases.followUpDueAt} IS NOT NULL AND ${cases.followUpDueAt} < current_date AND ${cases.status} NOT IN ('AFSLUTTET','OVERDRAGET'))`);
  if (q.q) f.push(sql`${cases.caseNumber} LIKE ${`${q.q.toUpperCase().replace(/[%_]/g, '')}%`}`);
  return svc.db.transaction(async (tx) => {
    const result = await page({ db: tx, fc: svc.fc }, actor, f, q.limit, q.offset);
    await recordAudit(tx, {
      type: 'case.listed', actor, subjectType: 'case', purpose: 'case-list',
      details: {
        scope: q.scope, status: q.status ?? null, riskLevel: q.riskLevel ?? null, concernType: q.concernType ?? null,
        overdue: q.overdue ?? null, acute: q.acute ?? null, q: q.q ?? null, count: result.items.length,
      },
    });
    return { items: result.items, total: result.total };
  });
}

/** Exact CPR search (body, never URL). The criterion is logged as its blind index, never the number. */
export async function searchCasesByCpr(svc: Svc, actor: Actor, cpr: string) {
  const index = svc.fc.blindIndex(cpr);
  // While a key rotation runs, a stored index is under the new secret or still the previous one (ops/key-rotation.ts).
  const anyIndex = sql.join(svc.fc.blindIndexes(cpr).map((i) => sql`${i}`), sql`, `);
  return svc.db.transaction(async (tx) => {
    const result = await page({ db: tx, fc: svc.fc }, actor,
      [sql`EXISTS (SELECT 1 FROM case_person_cprs h WHERE h.case_id = ${cases.id} AND h.cpr_index IN (${anyIndex}))`], 200, 0);
    await recordAudit(tx, {
      type: 'case.searched', actor, subjectType: 'person', subjectId: `cpr-index:${index}`, purpose: 'cpr-search',
      details: { criterion: 'cpr', cprIndex: index, caseIds: result.ids, count: result.items.length },
    });
    return { items: result.items, total: result.total };
  });
}
