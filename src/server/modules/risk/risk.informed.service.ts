import type { z } from 'zod';
import type { Actor } from '../../platform/access/actor.js';
import type { Db } from '../../platform/db/client.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { notFound } from '../../platform/http/errors.js';
import { addJournalEntry, addRiskCommunication, listJournal } from '../journal/journal.service.js';
import type { JournalEntryView } from '../journal/journal.schemas.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { RECIPIENT_TYPE_LABELS, type RiskLevel } from './risk.codes.js';
import * as repo from './risk.repository.js';
import type { DisclosureBody, InformedList } from './risk.schemas.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';

/*
 * "Who has been told the risk" (DOMAIN.md § 4.7) has two doors, and both stay (API.md must not break):
 *  - the journal's POST /api/cases/:id/risk-communications: someone was told the case's risk, any time;
 *  - the risk module's POST …/assessments/:aid/disclosures: a signed assessment was made known to someone.
 * Decision: a disclosure is the more precise record (which assessment, four recipient types), so it also writes
 * the journal line itself, through the journal service and in the same transaction, and keeps that line's id.
 * The case page's one list then takes every disclosure, plus the journal's RISIKOFORMIDLING lines that no
 * disclosure wrote (nor, for disclosures older than the link, says the same: same kind, recipient and day).
 * The journal knows only BORGER and MYNDIGHED: a parent/guardian or "other" recipient becomes a NOTAT line
 * with the recipient in its (encrypted) title rather than being forced into the wrong kind.
 */

const copenhagenDay = (iso: string) => new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
// A disclosure has a day, not a time; noon keeps it on that day in any Danish offset.
const noonOf = (day: string) => `${day}T12:00:00+01:00`;

/** Writes the journal line of a disclosure inside the caller's transaction and returns its id. */
export async function journalLineForDisclosure(
  svc: Svc, actor: Actor, caseId: string, a: { version: number; seriousViolenceLevel: RiskLevel | null }, body: z.infer<typeof DisclosureBody>,
): Promise<string> {
  const note = `Risikovurdering nr. ${a.version} er gjort kendt.`;
  const common = { riskLevel: a.seriousViolenceLevel ?? undefined, informedAt: noonOf(body.disclosedOn), note, restricted: false };
  if (body.recipientType === 'BORGER') return (await addRiskCommunication(svc, actor, caseId, { recipient: 'BORGER', ...common })).id;
  if (body.recipientType === 'MYNDIGHED') {
    return (await addRiskCommunication(svc, actor, caseId, { recipient: 'MYNDIGHED', authority: body.recipient, ...common })).id;
  }
  const title = `Risikovurdering nr. ${a.version} gjort kendt for ${RECIPIENT_TYPE_LABELS[body.recipientType].toLowerCase()}: ${body.recipient}`;
  return (await addJournalEntry(svc, actor, caseId, { type: 'NOTAT', occurredAt: noonOf(body.disclosedOn), title, body: '', restricted: false })).id;
}

type Item = z.infer<typeof InformedList>['items'][number];
type DisclosureRow = Awaited<ReturnType<typeof repo.disclosuresOfCase>>[number];

const sameEvent = (d: Item, j: Item) =>
  d.recipientType === j.recipientType && d.informedOn === j.informedOn
  && (d.recipientType === 'BORGER' || d.recipient.trim().toLowerCase() === j.recipient.trim().toLowerCase());

/** The merge itself (pure): every disclosure, then the journal lines that are not one of them. */
export function mergeInformed(disclosures: DisclosureRow[], journal: JournalEntryView[]): Item[] {
  const linked = new Set(disclosures.map((r) => r.d.journalEntryId).filter(Boolean));
  const fromDisclosures: Item[] = disclosures.map(({ d, recordedByName, version, level }) => ({
    source: 'RISIKOVURDERING', recipientType: d.recipientType, recipient: d.recipient, informedOn: d.disclosedOn, riskLevel: level,
    assessmentVersion: version, informedBy: { id: d.recordedBy, displayName: recordedByName },
  }));
  const fromJournal: Item[] = journal
    .filter((e) => e.riskCommunication && !linked.has(e.id))
    .map((e) => {
      const rc = e.riskCommunication!;
      return {
        source: 'JOURNAL', recipientType: rc.recipient, recipient: rc.recipient === 'BORGER' ? RECIPIENT_TYPE_LABELS.BORGER : rc.authority ?? '',
        informedOn: copenhagenDay(rc.informedAt), riskLevel: rc.riskLevel, assessmentVersion: null, informedBy: rc.informedBy,
      } satisfies Item;
    })
    .filter((j) => !fromDisclosures.some((d) => sameEvent(d, j)));
  return [...fromDisclosures, ...fromJournal].sort((x, y) => x.informedOn.localeCompare(y.informedOn));
}

/** GET /api/cases/:id/risk/informed: the one list "Hvem er orienteret om risikoen". */
export async function whoIsInformed(svc: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx: Db) => {
    const disclosures = await repo.disclosuresOfCase(tx, svc.fc, c);
    const journal = await listJournal(inTx(svc, tx), actor, caseId, { view: 'fuld', type: 'RISIKOFORMIDLING' });
    await recordAudit(tx, { type: 'risk.informed_read', actor, subjectType: 'case', subjectId: caseId, caseId, purpose: 'risikovurdering' });
    return { items: mergeInformed(disclosures, journal.items) };
  });
}
