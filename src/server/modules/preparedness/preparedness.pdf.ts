import { newPdf } from '../../shared/lazy-libraries.js';
import type { Actor } from '../../platform/access/actor.js';
import { DEPARTMENT_LABELS } from './preparedness.codes.js';
import type { PlanView } from './preparedness.schemas.js';
import { danishDate as longDate } from '../../shared/dates.js';

const danishDate = (isoDate: string | null) => (isoDate ? longDate(isoDate) : '–');

/**
 * The plan as a municipal document: title page block, the parts in the order of seed 004, and on every page
 * a footer with the municipality, the version and "side n af m", plus who printed it and when.
 */
export async function renderPlanPdf(plan: PlanView, printedBy: Pick<Actor, 'displayName'>, printedAt = new Date()): Promise<Buffer> {
  const { doc, done } = await newPdf({ margin: 60, bufferPages: true, info: { Title: `Beredskabsplan – ${plan.municipalityName} Kommune`, Author: `${plan.municipalityName} Kommune` } });
  const c = plan.content;
  const h1 = (t: string) => doc.font('bold').fontSize(20).fillColor('#1a1a1a').text(t).moveDown(0.4);
  const h2 = (t: string) => doc.moveDown(0.8).font('bold').fontSize(14).fillColor('#004993').text(t).fillColor('#1a1a1a').moveDown(0.3);
  const h3 = (t: string) => doc.moveDown(0.4).font('bold').fontSize(11).text(t).moveDown(0.1);
  const para = (t: string) => { if (t.trim()) doc.font('regular').fontSize(10).text(t, { align: 'left' }).moveDown(0.3); };
  const contact = (p: { name: string; phone: string; email: string }) => [p.name, p.phone && `tlf. ${p.phone}`, p.email].filter(Boolean).join(', ');

  doc.font('regular').fontSize(10).fillColor('#555').text(`${plan.municipalityName} Kommune`);
  h1(c.title || `Beredskabsplan om æresrelaterede konflikter og negativ social kontrol`);
  doc.font('regular').fontSize(10).fillColor('#1a1a1a')
    .text(`Vedtaget: ${danishDate(plan.adoptedOn)}    Revideres senest: ${danishDate(plan.revisionDueOn)}    Version ${plan.version}`);

  h2('Del 1: Formål og definitioner');
  para(c.purpose);
  para(c.definitions);
  if (c.scope) { h2('Del 2: Omfang i kommunen'); para(c.scope); }

  h2('Organisering');
  if (c.responsibleDepartment) para(`Ansvarlig afdeling: ${c.responsibleDepartment}`);
  if (c.team.length) {
    h3('Teamet');
    for (const m of c.team) para(`${DEPARTMENT_LABELS[m.department]}: ${contact(m)}${m.title ? ` (${m.title})` : ''}`);
  }
  if (c.knowledgePersons.length) {
    h3('Videnspersoner');
    for (const k of c.knowledgePersons) para(`${k.workplace}: ${contact(k)}`);
  }

  if (c.actionCards.length) {
    h2('Del 3: Action cards');
    for (const card of c.actionCards) {
      h3(DEPARTMENT_LABELS[card.department]);
      if (card.lookFor) para(`Hvad skal du være opmærksom på: ${card.lookFor}`);
      if (card.whatToDo) para(`Hvad gør du: ${card.whatToDo}`);
      if (card.whomToCall) para(`Hvem kontakter du: ${card.whomToCall}`);
    }
  }
  if (c.contacts.length) {
    h2('Kontakter');
    for (const k of c.contacts) para([k.organisation, contact(k), k.note].filter(Boolean).join(' – '));
  }
  h2('Anonymiseret sagsoverblik');
  const o = plan.overview;
  if (o && o.rows.length) {
    para(`Tal fra Skjolds statistik for ${plan.municipalityName} Kommune. Tal under 5 vises som "<5", og tal, der ellers kunne afsløre et andet, som "–".`);
    const x0 = doc.page.margins.left;
    const labelWidth = 250;
    const colWidth = (doc.page.width - doc.page.margins.left - doc.page.margins.right - labelWidth) / o.periods.length;
    const line = (label: string, cells: string[], bold = false) => {
      if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage();
      const y = doc.y;
      doc.font(bold ? 'bold' : 'regular').fontSize(10).text(label, x0, y, { width: labelWidth - 10 });
      const after = doc.y;
      cells.forEach((t, i) => doc.text(t, x0 + labelWidth + i * colWidth, y, { width: colWidth - 10, align: 'right' }));
      doc.x = x0;
      doc.y = Math.max(after, doc.y) + 2;
    };
    line('', o.periods.map((p) => p.label), true);
    for (const row of o.rows) line(row.label, row.cells.map((c) => (c.count !== null ? String(c.count) : c.mark ?? '–')));
    doc.moveDown(0.3);
  } else {
    para('Der er ingen tal fra statistikken for kommunen.');
  }

  if (c.annualStatus.length) {
    h2('Årlig status');
    for (const s of [...c.annualStatus].sort((a, b) => b.year - a.year)) {
      h3(String(s.year));
      if (s.casesInYear !== null) para(`Sager i året: ${s.casesInYear}`);
      para(s.newLaw ? `Ny lovgivning: ${s.newLaw}` : '');
      para(s.changes ? `Ændringer: ${s.changes}` : '');
    }
  }

  const printed = `Udskrevet af ${printedBy.displayName} ${printedAt.toLocaleString('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' })}`;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - 40;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(8).fillColor('#555')
      .text(`${plan.municipalityName} Kommune – beredskabsplan, version ${plan.version} · ${printed}`, 60, bottom, { width: doc.page.width - 200, lineBreak: false })
      .text(`Side ${i - range.start + 1} af ${range.count}`, doc.page.width - 140, bottom, { width: 80, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
