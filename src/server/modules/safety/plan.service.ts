import type { Actor } from '../../platform/access/actor.js';
import { can } from '../../platform/access/policy.js';
import type { Db } from '../../platform/db/client.js';
import type { ErrorDetail } from '../../platform/http/errors.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { staleVersion, validationError } from '../../platform/http/errors.js';
import { todayIso } from '../../shared/codes.js';
import { inTx, iso, type Svc } from '../../shared/svc.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { appendChange } from '../journal/journal.service.js';
import { measuresRepo } from './measures.repository.js';
import { measureViews } from './measures.service.js';
import { planRepo } from './plan.repository.js';
import { SafetyPlanContent, type SafeContactBody, type SafetyPlanView } from './plan.schemas.js';
import { DIGITAL_ITEMS } from './safety.codes.js';
import { safetyErrors } from './safety.errors.js';

/** The reveal control is for participants with a role on the case who may work on it (DOMAIN.md § 11.2). */
export async function mayReveal(db: Db, actor: Actor, c: CaseInScope) {
  return can(actor, 'case.update') && (await planRepo.isParticipant(db, c, actor.userId));
}

async function readPlan(s: Svc, actor: Actor, c: CaseInScope, forUpdate = false) {
  const row = await planRepo.plan(s.db, c, forUpdate);
  const content = row ? SafetyPlanContent.parse(JSON.parse(s.fc.decrypt(row.p.contentEnc))) : SafetyPlanContent.parse({});
  return { row, content };
}

/** The plan as the screen, the print and the PDF show it: trusted persons read from the case's persons. */
export async function planView(s: Svc, actor: Actor, c: CaseInScope): Promise<SafetyPlanView> {
  const { row, content } = await readPlan(s, actor, c);
  const persons = new Map((await planRepo.persons(s.db, c)).map((p) => [p.id, p]));
  const contact = await planRepo.safeContactStatus(s.db, c);
  const measures = await measureViews(s.db, s.fc, c, await measuresRepo.ofCase(s.db, c));
  return {
    caseId: c.id,
    version: row?.p.version ?? 0,
    content,
    trustedPersons: content.trustedPersons.map((t) => {
      const p = persons.get(t.personId);
      return {
        ...t, name: p ? s.fc.decrypt(p.nameEnc) : '(personen er fjernet fra sagen)', relation: p ? s.fc.decryptOpt(p.relationEnc) : null,
        abroad: p?.abroad ?? false, country: p ? s.fc.decryptOpt(p.countryEnc) : null,
      };
    }),
    safeContact: { recorded: !!contact, recordedAt: contact ? iso(contact.recordedAt) : null, canReveal: !!contact && (await mayReveal(s.db, actor, c)) },
    measures,
    updatedAt: row ? iso(row.p.updatedAt) : null,
    updatedBy: row ? { id: row.p.updatedBy, displayName: row.updatedByName ?? '' } : null,
  };
}

export async function getPlan(svc: Svc, actor: Actor, caseId: string): Promise<SafetyPlanView> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const view = await planView(inTx(svc, tx), actor, c);
    await recordAudit(tx, { type: 'safety.plan_read', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id, details: { version: view.version } });
    return view;
  });
}

/** Problems the schema cannot see: trusted persons must be the case's, dates not in the future. */
async function contentProblems(s: Svc, c: CaseInScope, content: SafetyPlanContent): Promise<ErrorDetail[]> {
  const problems: ErrorDetail[] = [];
  const personIds = new Set((await planRepo.persons(s.db, c)).map((p) => p.id));
  const today = todayIso();
  content.trustedPersons.forEach((t, i) => {
    if (!personIds.has(t.personId)) problems.push({ path: `body.content.trustedPersons.${i}.personId`, message: 'Personen findes ikke på sagen: tilføj personen på sagen først' });
  });
  const seen = new Set<string>();
  content.trustedPersons.forEach((t, i) => {
    if (seen.has(t.personId)) problems.push({ path: `body.content.trustedPersons.${i}.personId`, message: 'Personen står allerede på listen' });
    seen.add(t.personId);
  });
  for (const item of DIGITAL_ITEMS) {
    const check = content.digitalSafety.items[item];
    if (check.on && check.on > today) problems.push({ path: `body.content.digitalSafety.items.${item}.on`, message: 'Datoen kan ikke ligge i fremtiden' });
    if (check.on && !check.status) problems.push({ path: `body.content.digitalSafety.items.${item}.status`, message: 'Vælg udført, ikke udført eller ikke relevant' });
  }
  if (content.agreedOn && content.agreedOn > today) problems.push({ path: 'body.content.agreedOn', message: 'Datoen for aftalen med borgeren kan ikke ligge i fremtiden' });
  return problems;
}

export async function putPlan(svc: Svc, actor: Actor, caseId: string, body: { version: number; content: SafetyPlanContent }): Promise<SafetyPlanView> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const { row } = await readPlan(s, actor, c, true);
    const current = row?.p.version ?? 0;
    if (body.version !== current) throw staleVersion(current);
    const problems = await contentProblems(s, c, body.content);
    if (problems.length) throw validationError(problems);
    const sealed = s.fc.encrypt(JSON.stringify(body.content));
    const saved = current === 0 ? await planRepo.insertFirst(tx, c, sealed, actor.userId) : await planRepo.update(tx, c, current, sealed, actor.userId);
    if (!saved) throw staleVersion(current + 1);
    // Restricted: the plan says where the citizen goes in danger and who they trust; never in a parent's aktindsigt.
    await appendChange(tx, s, c, actor, current === 0 ? 'Sikkerhedsplan oprettet' : 'Sikkerhedsplan ændret', undefined, { restricted: true });
    await recordAudit(tx, {
      type: 'safety.plan_updated', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id,
      details: { version: saved.version, trustedPersons: body.content.trustedPersons.length, agreedOn: body.content.agreedOn },
    });
    return planView(s, actor, c);
  });
}

/** Records (or replaces) the safe contact, sealed. Nothing of its values goes to the journal, the audit or the answer. */
export async function putSafeContact(svc: Svc, actor: Actor, caseId: string, body: SafeContactBody) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const saved = await planRepo.upsertSafeContact(tx, c, s.fc.encrypt(JSON.stringify(body)), actor.userId);
    await appendChange(tx, s, c, actor, 'Sikker kontakt registreret (vises kun ved opslag med formål)', undefined, { restricted: true });
    await recordAudit(tx, { type: 'safety.safe_contact_recorded', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id });
    return { recorded: true as const, recordedAt: iso(saved.recordedAt) };
  });
}

/** The values, to a participant with a role, with a purpose that goes into the audit trail (the DPO's access log). */
export async function revealSafeContact(svc: Svc, actor: Actor, caseId: string, purpose: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    if (!(await mayReveal(tx, actor, c))) throw safetyErrors.revealNotParticipant();
    const row = await planRepo.safeContactSealed(tx, c);
    if (!row) throw safetyErrors.noSafeContact();
    await recordAudit(tx, {
      type: 'safety.safe_contact_revealed', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose,
      details: { recordedAt: iso(row.recordedAt) },
    });
    const v = JSON.parse(svc.fc.decrypt(row.sealedEnc)) as SafeContactBody;
    return { ...v, recordedAt: iso(row.recordedAt) };
  });
}
