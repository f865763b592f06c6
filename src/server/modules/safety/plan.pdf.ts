import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inTx, type Svc } from '../../shared/svc.js';
import { ACTOR_TYPE_LABELS } from '../actors/actors.codes.js';
import { requireCaseInScope } from '../case-core/cases.scope.js';
import { confidentialPdf, pdfDate, pdfHelpers } from './pdf.kit.js';
import { planView } from './plan.service.js';
import type { SafetyPlanView } from './plan.schemas.js';
import { DIGITAL_ITEM_LABELS, DIGITAL_ITEMS, DIGITAL_STATUS_LABELS, EVALUATION_LABELS, MEASURE_STATUS_LABELS, MEASURE_TYPE_LABELS } from './safety.codes.js';

/**
 * The safety plan as a PDF (DOMAIN.md § 11.2: it prints). The safe contact is not in it, not even that one
 * exists: a printed plan can be found by the family. Audited as an export.
 */
export async function safetyPlanPdf(svc: Svc, actor: Actor, caseId: string): Promise<Buffer> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  const view = await svc.db.transaction(async (tx) => {
    const v = await planView(inTx(svc, tx), actor, c);
    await recordAudit(tx, { type: 'safety.plan_exported', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id, details: { format: 'pdf', version: v.version } });
    return v;
  });
  return renderPlanPdf(view, c.caseNumber, actor.displayName);
}

export function renderPlanPdf(v: SafetyPlanView, caseNumber: string, exportedBy: string): Promise<Buffer> {
  return confidentialPdf({ title: `Sikkerhedsplan ${caseNumber}`, exportedBy }, (doc) => {
    const { h1, h2, line, para } = pdfHelpers(doc);
    const p = v.content;
    doc.moveDown(0.5);
    h1(`Sikkerhedsplan – sag ${caseNumber}`);
    line('Aftalt med borgeren', pdfDate(p.agreedOn));
    line('Version', String(v.version));

    h2('Borgerens egne ord og ønsker');
    para(p.citizenWords);

    h2('Hvis du er i fare');
    para('Ring 112, hvis du er i akut fare. Ring 114 for at kontakte politiet, når det ikke er akut. Lev Uden Vold: 1888 (døgnåben).');
    line('Det gør du', p.danger.whatToDo);
    line('Her kan du gå hen', p.danger.whereToGo);

    h2('Personer du kan stole på');
    if (!v.trustedPersons.length) para('Ingen registreret.');
    for (const t of v.trustedPersons) {
      const where = t.abroad ? `i udlandet${t.country ? ` (${t.country})` : ''}` : 'i Danmark';
      doc.font('bold').fontSize(10).text(`${t.name}${t.relation ? `, ${t.relation}` : ''} – ${where}`);
      if (t.howToReach) doc.font('regular').fontSize(10).text(`Sådan kontaktes: ${t.howToReach}`, { indent: 12 });
      if (t.note) doc.font('regular').fontSize(10).text(t.note, { indent: 12 });
    }

    h2('Digital sikkerhed');
    for (const item of DIGITAL_ITEMS) {
      const check = p.digitalSafety.items[item];
      line(DIGITAL_ITEM_LABELS[item], check.status ? `${DIGITAL_STATUS_LABELS[check.status]}${check.on ? ` (${pdfDate(check.on)})` : ''}` : 'Ikke taget stilling');
    }
    if (p.digitalSafety.note) para(p.digitalSafety.note);

    h2('Foranstaltninger');
    const shown = v.measures.filter((m) => m.status !== 'AFSLUTTET');
    if (!shown.length) para('Ingen foranstaltninger i kraft eller foreslået.');
    for (const m of shown) {
      const owner = m.owner ? `${m.owner.name}${m.owner.actorType ? ` (${ACTOR_TYPE_LABELS[m.owner.actorType]})` : ''}${m.owner.phone ? `, tlf. ${m.owner.phone}` : ''}` : '–';
      doc.font('bold').fontSize(10).text(`${MEASURE_TYPE_LABELS[m.measureType]} – ${MEASURE_STATUS_LABELS[m.status]}`);
      doc.font('regular').fontSize(10).text(`Ansvarlig: ${owner}. Periode: ${pdfDate(m.startsOn)} – ${pdfDate(m.endsOn)}`, { indent: 12 });
      if (m.evaluation) doc.text(`Evaluering: ${EVALUATION_LABELS[m.evaluation.outcome]}`, { indent: 12 });
    }
  });
}
