import { newPdf } from '../../shared/lazy-libraries.js';

export const pdfDate = (iso: string | null) => (iso ? new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString('da-DK', { timeZone: 'Europe/Copenhagen' }) : '–');
const stamp = (d: Date) => d.toLocaleString('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' });

/**
 * A confidential Skjold PDF: "FORTROLIGT" on every page, page n of m, and who exported it and when (issue 10,
 * item 7). `build` writes the body; the frame is drawn on every page afterwards (bufferPages).
 */
export async function confidentialPdf(opts: { title: string; exportedBy: string; exportedAt?: Date }, build: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const { doc, done } = await newPdf({ margin: 50, bufferPages: true, info: { Title: opts.title, Author: 'Skjold' } });
  build(doc);
  const range = doc.bufferedPageRange();
  const exported = `Udskrevet af ${opts.exportedBy}, ${stamp(opts.exportedAt ?? new Date())}`;
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('bold').fontSize(9).fillColor('#b00020').text('FORTROLIGT – må ikke videregives uden hjemmel', 50, 22, { width: doc.page.width - 100, align: 'center', lineBreak: false });
    doc.font('regular').fontSize(8).fillColor('#333')
      .text(`${exported}  ·  Side ${i - range.start + 1} af ${range.count}`, 50, doc.page.height - 32, { width: doc.page.width - 100, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.fillColor('black');
  doc.end();
  return done;
}

export function pdfHelpers(doc: PDFKit.PDFDocument) {
  return {
    h1: (t: string) => doc.font('bold').fontSize(18).fillColor('black').text(t).moveDown(0.5),
    h2: (t: string) => doc.moveDown(0.6).font('bold').fontSize(13).text(t).moveDown(0.2),
    line: (label: string, value: string) => doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('regular').text(value || '–'),
    para: (t: string) => doc.font('regular').fontSize(10).text(t || '–'),
  };
}
