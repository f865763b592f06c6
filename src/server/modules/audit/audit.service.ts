import type { Actor } from '../../platform/access/actor.js';
import { can } from '../../platform/access/policy.js';
import type { Db } from '../../platform/db/client.js';
import { recordAudit, recordDenied } from '../../platform/audit/audit.js';
import { USE_TYPE_LABELS, auditCatalogueEntries, auditSpecOf, describePurpose, isAuditEventType, type UseType } from '../../platform/audit/define.js';
import { BREAK_REASON_LABELS, verifyAuditChain } from '../../platform/audit/verify.js';
import { checkpointDirOf, readCheckpoints } from '../../platform/audit/checkpoint.js';
import { deniedNotFound } from '../../platform/http/errors.js';
import { refusalOf, requireCaseInScope } from '../case-core/cases.scope.js';
import * as repo from './audit.repository.js';
import type { AuditEventsQuery } from './audit.schemas.js';

const SUPERVISION = 'Tilsyn med behandlingen af personoplysninger';
const SUBJECT_ACCESS = 'Indsigt: den registreredes log';

export const eventLabel = (type: string) => (isAuditEventType(type) ? auditSpecOf(type).label : type);
export const useLabel = (use: string) => USE_TYPE_LABELS[use as UseType] ?? use;

/** The auditor's search over the whole trail. The search itself is logged, with its criteria (ids and codes). */
export async function searchTrail(db: Db, actor: Actor, query: AuditEventsQuery) {
  return db.transaction(async (tx) => {
    const { rows, total } = await repo.searchEvents(tx, query);
    // The criteria given (recordAudit drops those left undefined); a username as the account it names.
    const { page, pageSize: _, username, ...criteria } = query;
    const usernameAccount = username === undefined ? {} : { usernameAccount: await repo.accountIdByUsername(tx, username) };
    await recordAudit(tx, {
      type: 'audit.trail_searched',
      actor,
      caseId: query.caseId,
      purpose: SUPERVISION,
      details: { ...criteria, ...usernameAccount, page, results: rows.length },
    });
    return {
      items: rows.map(({ event: e, username, caseNumber }) => ({
        seq: e.seq,
        occurredAt: e.occurredAt.toISOString(),
        eventType: e.eventType,
        eventLabel: eventLabel(e.eventType),
        useType: e.useType,
        actor: e.actorUserId ? { userId: e.actorUserId, username, role: e.actorRole } : null,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        caseId: e.caseId,
        caseNumber,
        // Danish, never a raw id: "Sagsbehandling, sag SKJ-…", a refusal's reason (platform/audit/define.ts).
        purpose: describePurpose({ ...e, caseNumber }),
        details: e.details,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

export function eventTypeCatalogue() {
  return {
    eventTypes: auditCatalogueEntries()
      .map(([type, spec]) => ({ type, label: spec.label, useType: spec.use as string }))
      .sort((a, b) => a.label.localeCompare(b.label, 'da')),
  };
}

/** The trail verified against the signed checkpoints in AUDIT_CHECKPOINT_DIR (platform/audit/checkpoint.ts). */
export async function chainStatus(db: Db, config: Parameters<typeof checkpointDirOf>[0]) {
  const cps = readCheckpoints(checkpointDirOf(config));
  const result = await verifyAuditChain(db, { checkpoints: cps.checkpoints, invalidCheckpoints: cps.invalid });
  const checkedAt = new Date().toISOString();
  const checkpoints = { checked: cps.checkpoints.length, lastAt: cps.checkpoints.at(-1)?.at ?? null };
  if (result.ok) {
    const head = result.head && { seq: result.head.seq, hash: result.head.hash, occurredAt: result.head.occurredAt.toISOString() };
    return { ok: true, count: result.count, head, broken: null, checkedAt, checkpoints };
  }
  const b = result.broken;
  return {
    ok: false,
    count: result.count,
    head: null,
    broken: {
      seq: b.seq, chain: b.chain, chainSeq: b.chainSeq, occurredAt: b.occurredAt?.toISOString() ?? null, eventType: b.eventType,
      reason: b.reason, reasonLabel: BREAK_REASON_LABELS[b.reason],
    },
    checkedAt,
    checkpoints,
  };
}

/**
 * Who has read or changed this case. Two audiences: actors who work the case (it must be in their scope; they
 * see colleagues' names) and the auditor (any case they are not excluded from; account ids and roles only).
 * Everyone else gets the 404 of a case that does not exist.
 */
export async function caseAccessLog(db: Db, actor: Actor, caseId: string, page: number, pageSize: number) {
  const asAuditor = can(actor, 'audit.read');
  let caseNumber: string;
  if (asAuditor) {
    const found = await repo.findCaseForAuditor(db, caseId, actor.userId);
    if (!found) {
      await recordDenied(db, actor, { reason: 'case_scope', scope: await refusalOf(db, actor, caseId), caseId });
      throw deniedNotFound();
    }
    caseNumber = found.caseNumber;
  } else if (can(actor, 'case.read')) {
    caseNumber = (await requireCaseInScope(db, actor, caseId)).caseNumber;
  } else {
    await recordDenied(db, actor, { reason: 'permission', permission: 'case.read', caseId });
    throw deniedNotFound();
  }
  return db.transaction(async (tx) => {
    const { rows, total } = await repo.caseAccessLog(tx, caseId, page, pageSize);
    await recordAudit(tx, {
      type: 'audit.access_log_read',
      actor,
      subjectType: 'case',
      subjectId: caseId,
      caseId,
      purpose: asAuditor ? SUPERVISION : 'Sagsbehandling: adgangslog',
      details: { page },
    });
    return {
      caseId,
      caseNumber,
      items: rows.map(({ event: e, displayName }) => ({
        occurredAt: e.occurredAt.toISOString(),
        eventType: e.eventType,
        eventLabel: eventLabel(e.eventType),
        useType: e.useType,
        actor: e.actorUserId
          ? { userId: e.actorUserId, role: e.actorRole as Actor['role'] | null, ...(asAuditor || !displayName ? {} : { displayName }) }
          : null,
        purpose: describePurpose({ ...e, caseNumber }),
      })),
      total,
      page,
      pageSize,
    };
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The data subject's own log (GDPR art. 15, CJEU C-579/21): when, what kind of use, why; never who.
 * For a person (subjectType `person`, id = their case_persons id) the log covers their cases and inquiries,
 * since reading a case reads everyone in it (repo.personFootprint). A case the auditor is excluded from
 * answers 404, as for the access log: an exclusion binds the DPO too.
 */
export async function exportSubjectLog(db: Db, actor: Actor, subjectType: string, subjectId: string, from?: string, to?: string) {
  const footprint = subjectType === 'person' && UUID.test(subjectId) ? await repo.personFootprint(db, subjectId) : undefined;
  for (const caseId of footprint?.caseIds ?? []) {
    if (!(await repo.findCaseForAuditor(db, caseId, actor.userId))) {
      await recordDenied(db, actor, { reason: 'case_scope', scope: await refusalOf(db, actor, caseId), caseId });
      throw deniedNotFound();
    }
  }
  return db.transaction(async (tx) => {
    const rows = await repo.subjectEvents(tx, subjectType, subjectId, from, to, footprint);
    await recordAudit(tx, {
      type: 'audit.subject_exported',
      actor,
      subjectType,
      subjectId,
      purpose: SUBJECT_ACCESS,
      details: {
        entries: rows.length,
        ...(footprint ? { caseIds: footprint.caseIds, inquiryIds: footprint.inquiryIds } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
      },
    });
    return {
      subjectType,
      subjectId,
      generatedAt: new Date().toISOString(),
      entries: rows.map((r) => ({
        occurredAt: r.occurredAt.toISOString(),
        date: danishDate(r.occurredAt),
        useType: r.useType,
        useLabel: useLabel(r.useType),
        eventLabel: eventLabel(r.eventType),
        purpose: describePurpose(r),
        caseNumber: r.caseNumber,
      })),
    };
  });
}

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
const danishDate = (d: Date) => dayFormat.format(d);

const csvCell = (v: string | null) => {
  const s = v ?? '';
  // Quote always; neutralise spreadsheet formulas (CSV injection) by prefixing an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
};

export function subjectLogCsv(log: Awaited<ReturnType<typeof exportSubjectLog>>): string {
  const header = ['Dato', 'Tidspunkt', 'Type af brug', 'Hændelse', 'Formål', 'Sagsnummer'];
  const lines = log.entries.map((e) =>
    [e.date, e.occurredAt, e.useLabel, e.eventLabel, e.purpose, e.caseNumber].map(csvCell).join(';'),
  );
  // BOM so Danish Excel opens æøå correctly; semicolon is its list separator.
  return `\uFEFF${[header.map(csvCell).join(';'), ...lines].join('\r\n')}\r\n`;
}
