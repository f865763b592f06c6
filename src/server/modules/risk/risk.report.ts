import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { conflict } from '../../platform/http/errors.js';
import { formatCpr } from '../../platform/cpr/cpr.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { citizenCprEnc } from './risk.repository.js';
import { getAssessment, instrumentOf } from './risk.assessment.service.js';
import { RECIPIENT_TYPE_LABELS, RISK_LEVEL_LABELS, type Rating } from './risk.codes.js';
import type { AssessmentView } from './risk.schemas.js';
import type { Instrument } from './risk.instrument.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';

import { tasks } from '../actions/actions.tables.js';
import { measures } from '../safety/safety.tables.js';
import { confidentialPdf } from '../safety/pdf.kit.js';
import { MEASURE_STATUS_LABELS } from '../safety/safety.codes.js';
import { MEASURE_TYPE_LABELS } from './risk.codes.js';
import type { Db } from '../../platform/db/client.js';
import type { FieldCrypto } from '../../platform/crypto/fields.js';

/** What was made from the assessment ("Gør til"): tasks and register measures with their status (issue 10, item 7). */
export interface MadeFromAssessment { tasks: { title: string; status: string; deadline: string | null }[]; measures: { label: string; status: string; endsOn: string | null }[] }
const TASK_STATUS: Record<string, string> = { AABEN: 'Åben', UDFOERT: 'Udført', ANNULLERET: 'Annulleret', IKKE_MULIG: 'Ikke mulig', IKKE_UDFOERT: 'Ikke udført' };

async function madeFrom(db: Db, fc: FieldCrypto, caseId: string, assessmentId: string): Promise<MadeFromAssessment> {
  const t = await db.select().from(tasks).where(and(eq(tasks.caseId, caseId), eq(tasks.sourceAssessmentId, assessmentId))).orderBy(asc(tasks.createdAt));
  const m = await db.select().from(measures).where(and(eq(measures.caseId, caseId), eq(measures.sourceAssessmentId, assessmentId))).orderBy(asc(measures.createdAt));
  return {
    tasks: t.map((r) => ({ title: fc.decrypt(r.titleEnc), status: TASK_STATUS[r.status] ?? r.status, deadline: r.deadline })),
    measures: m.map((r) => ({ label: MEASURE_TYPE_LABELS[r.measureType], status: MEASURE_STATUS_LABELS[r.status], endsOn: r.endsOn })),
  };
}

// A rating reads as the instrument names it (its ratingScale), like the web pages: no second copy of the words.
const ratingOf = (inst: Instrument) => (r: Rating | null) => (r ? inst.ratingScale.find((o) => o.code === r)?.label ?? r : '–');
const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString('da-DK', { timeZone: 'Europe/Copenhagen' }) : '–');

/**
 * The signed assessment as a PDF for sharing. No CPR number unless the user chooses to include it
 * (`includeCpr`, a flag: the number itself never travels in the URL); the export and that choice are audited.
 */
export async function assessmentReport(svc: Svc, actor: Actor, caseId: string, assessmentId: string, opts: { includeCpr: boolean }): Promise<Buffer> {
  // The gate with the root Db first (a refusal is logged in its own transaction); getAssessment passes it again.
  const c = await requireCaseInScope(svc.db, actor, caseId);
  const { view, cpr, made } = await svc.db.transaction(async (tx) => {
    const v = await getAssessment(inTx(svc, tx), actor, caseId, assessmentId);
    if (v.status !== 'AFSLUTTET') throw conflict('risk.not_completed', 'Kun afsluttede risikovurderinger kan eksporteres.');
    const enc = opts.includeCpr ? await citizenCprEnc(tx, c) : null;
    await recordAudit(tx, {
      type: 'risk.assessment_exported', actor, subjectType: 'risk_assessment', subjectId: assessmentId, caseId, purpose: 'deling af risikovurdering',
      details: { format: 'pdf', includeCpr: opts.includeCpr, cprPrinted: !!enc },
    });
    return { view: v, cpr: enc ? formatCpr(svc.fc.decrypt(enc)) : null, made: await madeFrom(tx, svc.fc, caseId, assessmentId) };
  });
  return renderPdf(view, instrumentOf({ instrumentCode: view.instrument.code, instrumentVersion: view.instrument.version }), { cpr, exportedBy: actor.displayName, made });
}

/** Marked confidential, page n of m and who exported it when on every page (safety/pdf.kit.ts). */
export function renderPdf(v: AssessmentView, inst: Instrument, extra: { cpr: string | null; exportedBy?: string; made?: MadeFromAssessment } = { cpr: null }): Promise<Buffer> {
  return confidentialPdf({ title: `Risikovurdering ${v.caseNumber}`, exportedBy: extra.exportedBy ?? 'Skjold' }, (doc) => {
    doc.moveDown(0.5);
    const h1 = (t: string) => doc.font('bold').fontSize(18).text(t).moveDown(0.5);
    const h2 = (t: string) => doc.moveDown(0.6).font('bold').fontSize(13).text(t).moveDown(0.2);
    const line = (label: string, value: string) => doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('regular').text(value || '–');
    const para = (t: string) => doc.font('regular').fontSize(10).text(t || '–');
    const c = v.content;
    const rating = ratingOf(inst);

    h1(`Risikovurdering – sag ${v.caseNumber}`);
    line('Instrument', `${inst.name} (${inst.version})`);
    if (extra.cpr) line('Borgerens CPR-nummer', extra.cpr);
    line('Vurdering nr.', String(v.version));
    line('Afsluttet', date(v.completedAt));
    line('Vurderet og underskrevet af', v.assessor?.displayName ?? '–');

    h2('1. Baggrund og kilder');
    line('Kilder', c.background.sources);
    line('Personer', c.background.persons);
    line('Familiestruktur', c.background.familyStructure);
    line('Seneste hændelse', c.background.latestIncident);
    line('Tidligere æresrelaterede problemer', c.background.earlierProblems);
    line('Mulige gerningspersoner', c.perpetrators.map((p) => p.description).join(', '));

    h2('2. Faktorer (vurderes, lægges ikke sammen)');
    for (const part of inst.parts) {
      doc.moveDown(0.3).font('bold').fontSize(11).text(part.label);
      for (const f of part.factors) {
        const r = c.factors[f.code];
        doc.font('bold').fontSize(10).text(`${f.code} ${f.label}`, { continued: true }).font('regular').text(`  –  nu: ${rating(r?.now ?? null)}, tidligere: ${rating(r?.past ?? null)}`);
        if (r?.rationale) doc.fontSize(9).text(`Begrundelse: ${r.rationale}`, { indent: 12 });
        if (r?.sources) doc.fontSize(9).text(`Kilder: ${r.sources}`, { indent: 12 });
      }
      for (const o of c.otherConsiderations.filter((x) => x.partCode === part.code)) {
        doc.font('bold').fontSize(10).text(`Andre forhold: ${o.label}`, { continued: true }).font('regular').text(`  –  nu: ${rating(o.now)}, tidligere: ${rating(o.past)}`);
        if (o.rationale) doc.fontSize(9).text(`Begrundelse: ${o.rationale}`, { indent: 12 });
      }
    }

    h2('3. Risikoscenarier og foranstaltninger');
    if (!c.scenarios.length) para('Ingen scenarier beskrevet.');
    for (const s of c.scenarios) {
      doc.font('bold').fontSize(10).text(`${s.title} – ${s.level ? RISK_LEVEL_LABELS[s.level] : '–'}`);
      if (s.description) para(s.description);
      for (const m of s.measures) doc.font('regular').fontSize(10).text(`• ${m.text}`, { indent: 12 });
    }

    h2('4. Konklusioner');
    line('Risiko for alvorlig vold', c.conclusions.seriousViolence ? RISK_LEVEL_LABELS[c.conclusions.seriousViolence] : '–');
    line('Overhængende risiko', c.conclusions.imminent === null ? '–' : c.conclusions.imminent ? 'Ja' : 'Nej');
    line('Sandsynlige ofre', c.conclusions.likelyVictims.map((p) => p.description).join(', '));
    line('Andre risici', c.conclusions.otherRisks);
    line('Begrundelse', c.conclusions.rationale);

    h2('5. Anbefalinger');
    if (!c.recommendations.length) para('Ingen anbefalinger.');
    for (const r of c.recommendations) doc.font('regular').fontSize(10).text(`• ${r.text}`);

    if (v.disclosures.length) {
      h2('Gjort kendt for');
      for (const d of v.disclosures) para(`${date(d.disclosedOn)}: ${RECIPIENT_TYPE_LABELS[d.recipientType]} – ${d.recipient}`);
    }
    if (extra.made) {
      h2('6. Opgaver og foranstaltninger lavet ud fra vurderingen');
      if (!extra.made.tasks.length && !extra.made.measures.length) para('Ingen endnu.');
      for (const t of extra.made.tasks) para(`Opgave: ${t.title} – ${t.status}${t.deadline ? `, frist ${date(t.deadline)}` : ''}`);
      for (const m of extra.made.measures) para(`Foranstaltning: ${m.label} – ${m.status}${m.endsOn ? `, til ${date(m.endsOn)}` : ''}`);
    }
    doc.moveDown(1).font('regular').fontSize(8).fillColor('#555').text(inst.notice ?? '');
  });
}
