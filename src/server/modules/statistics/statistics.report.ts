import { newPdf } from '../../shared/lazy-libraries.js';
import type { SummaryView } from './statistics.schemas.js';
import { cellText, danishDate, percentText, summarySentences } from './statistics.text.js';

/** The seed 000 style report: the sentences, then the tables behind them, with the same suppression as the API. */
export async function summaryPdf(v: SummaryView): Promise<Buffer> {
  const { doc, done } = await newPdf({ margin: 50, info: { Title: `Statistik ${v.from} – ${v.to}`, Author: 'Skjold' } });

  doc.font('bold').fontSize(18).text(`Henvendelser til sikkerhedskonsulenterne – ${v.scope.name}`).moveDown(0.3);
  doc.font('regular').fontSize(10).text(`${danishDate(v.from)} – ${danishDate(v.to)}`).moveDown(0.8);
  for (const s of summarySentences(v)) doc.font('regular').fontSize(11).text(s).moveDown(0.4);

  const table = (title: string, rows: { label: string; value: string; extra?: string }[]) => {
    doc.moveDown(0.6).font('bold').fontSize(13).text(title).moveDown(0.2);
    for (const r of rows) {
      const y = doc.y;
      doc.font('regular').fontSize(10).text(r.label, 50, y, { width: 320 });
      doc.text(r.value, 380, y, { width: 70, align: 'right' });
      if (r.extra !== undefined) doc.text(r.extra, 460, y, { width: 80, align: 'right' });
      doc.x = 50;
    }
  };
  table('Nøgletal', [
    { label: 'Henvendelser', value: cellText(v.inquiries) },
    { label: 'Sager', value: cellText(v.cases) },
    { label: 'Personer', value: cellText(v.persons) },
    ...(v.municipalitiesUsed ? [{ label: 'Kommuner der har brugt ordningen', value: `${v.municipalitiesUsed.count} af ${v.municipalitiesUsed.of}` }] : []),
  ]);
  table('Andele', v.shares.map((s) => ({ label: s.label, value: cellText(s), extra: percentText(s) })));
  table('Årsager (flere pr. henvendelse)', v.reasonsRanked.map((r) => ({ label: r.label, value: cellText(r) })));
  table('Screeningens udfald', v.screeningOutcomes.map((s) => ({ label: s.label, value: cellText(s), extra: percentText(s) })));
  table('Alder', v.ageBands.map((s) => ({ label: s.label, value: cellText(s), extra: percentText(s) })));
  table('Foranstaltninger (flere pr. sag)', v.measures.map((r) => ({ label: r.label, value: cellText(r) })));
  table('Hvordan de afsluttede sager endte', v.closingOutcomes.map((s) => ({ label: s.label, value: cellText(s), extra: percentText(s) })));
  table('Hvad hjalp (flere pr. sag)', v.helped.map((r) => ({ label: r.label, value: cellText(r) })));
  doc.moveDown(1).font('regular').fontSize(9).text('"<5": færre end 5. "–": skjult for at beskytte en anden celle. 0 vises som 0.');
  doc.end();
  return done;
}
