import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { iso, isoOpt, inTx, type Svc } from '../../shared/svc.js';
import { journalRepo, type JournalRowWithNames } from './journal.repository.js';
import type { JournalEntryView } from './journal.schemas.js';
import type { z } from 'zod';
import type { JournalEntryBody, RiskCommunicationBody } from './journal.schemas.js';

/**
 * A system line on the timeline for a change (status, handover, consent…). Text is Danish for the reader
 * (labels, municipality names, Danish dates), never a bare code, and never a person's name.
 * `restricted` keeps it out of the document-access (aktindsigt) view: use it for anything that could tell a
 * parent where the citizen is (a new municipality) or that carries free text (reasons, evaluations, notes).
 */
export async function appendChange(tx: Db, svc: Svc, c: CaseInScope, actor: Actor, title: string, body?: string, opts: { restricted?: boolean } = {}) {
  await journalRepo.insert(tx, {
    caseId: c.id, entryType: 'AENDRING', occurredAt: new Date(), titleEnc: svc.fc.encrypt(title), bodyEnc: svc.fc.encryptOpt(body),
    restricted: opts.restricted ?? false, authorId: actor.userId,
  });
}

function view(svc: Svc, r: JournalRowWithNames): JournalEntryView {
  const e = r.entry;
  return {
    id: e.id,
    caseId: e.caseId,
    type: e.entryType as JournalEntryView['type'],
    occurredAt: iso(e.occurredAt),
    title: svc.fc.decrypt(e.titleEnc),
    body: svc.fc.decryptOpt(e.bodyEnc) ?? '',
    restricted: e.restricted,
    riskCommunication: e.entryType === 'RISIKOFORMIDLING'
      ? {
          recipient: e.riskRecipient as 'BORGER' | 'MYNDIGHED',
          authority: svc.fc.decryptOpt(e.riskAuthorityEnc),
          riskLevel: e.riskLevel as 'LAV' | 'MODERAT' | 'HOEJ' | null,
          informedAt: isoOpt(e.occurredAt)!,
          informedBy: { id: e.informedBy ?? e.authorId!, displayName: r.informedByName ?? r.authorName ?? '' },
          informedByDescription: svc.fc.decryptOpt(e.informedByDescriptionEnc),
        }
      : null,
    author: e.authorId ? { id: e.authorId, displayName: r.authorName ?? '' } : null,
    createdAt: iso(e.createdAt),
  };
}

/**
 * The case timeline. `aktindsigt` is the document-access export: restricted entries are left out, and the use
 * is logged as an export rather than a read.
 */
export async function listJournal(svc: Svc, actor: Actor, caseId: string, q: { view: 'fuld' | 'aktindsigt'; type?: string }) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const rows = await journalRepo.ofCase(tx, c, { excludeRestricted: q.view === 'aktindsigt', type: q.type });
    await recordAudit(tx, {
      type: q.view === 'aktindsigt' ? 'journal.exported' : 'journal.read', actor, subjectType: 'case', subjectId: caseId,
      caseId, purpose: caseId, details: { view: q.view, count: rows.length },
    });
    return { items: rows.map((r) => view(s, r)) };
  });
}

export async function addJournalEntry(svc: Svc, actor: Actor, caseId: string, body: z.infer<typeof JournalEntryBody>) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => writeJournalEntry(inTx(svc, tx), actor, c, body));
}

/** A journal entry inside the caller's transaction (`svc` over it), for a case the caller has gated. */
export async function writeJournalEntry(s: Svc, actor: Actor, c: CaseInScope, body: z.infer<typeof JournalEntryBody>) {
  const tx = s.db;
  const caseId = c.id;
  {
    const row = await journalRepo.insert(tx, {
      caseId, entryType: body.type, occurredAt: body.occurredAt ? new Date(body.occurredAt) : new Date(),
      titleEnc: s.fc.encrypt(body.title), bodyEnc: s.fc.encryptOpt(body.body), restricted: body.restricted, authorId: actor.userId,
    });
    await recordAudit(tx, {
      type: 'journal.entry_created', actor, subjectType: 'journal_entry', subjectId: row.id, caseId, purpose: caseId,
      details: { entryType: body.type, restricted: body.restricted },
    });
    return view(s, (await journalRepo.byId(tx, row.id))!);
  }
}

/** DOMAIN.md § 4.7: who told the citizen or an authority the current risk, and when. */
export async function addRiskCommunication(svc: Svc, actor: Actor, caseId: string, body: z.infer<typeof RiskCommunicationBody>) {
  await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const title = body.recipient === 'BORGER' ? 'Borgeren er informeret om risikovurderingen' : `Myndighed informeret om risikovurderingen: ${body.authority}`;
    const row = await journalRepo.insert(tx, {
      caseId, entryType: 'RISIKOFORMIDLING', occurredAt: new Date(body.informedAt), titleEnc: s.fc.encrypt(title),
      bodyEnc: s.fc.encryptOpt(body.note), restricted: body.restricted, riskRecipient: body.recipient,
      riskAuthorityEnc: s.fc.encryptOpt(body.authority), riskLevel: body.riskLevel ?? null, informedBy: actor.userId,
      informedByDescriptionEnc: s.fc.encryptOpt(body.informedByDescription), authorId: actor.userId,
    });
    await recordAudit(tx, {
      type: 'journal.risk_communicated', actor, subjectType: 'journal_entry', subjectId: row.id, caseId, purpose: caseId,
      details: { recipient: body.recipient, riskLevel: body.riskLevel ?? null },
    });
    return view(s, (await journalRepo.byId(tx, row.id))!);
  });
}
