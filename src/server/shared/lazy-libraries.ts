import path from 'node:path';
import { createRequire } from 'node:module';

/**
 * Libraries that only exports and enrolment use, loaded at their first use instead of at start: pdfkit and
 * exceljs alone held 56 MB of a server's 165 MB idle RSS (issue 15: RSS ≤ 250 MB under load). Node caches
 * the module, so only the first PDF, spreadsheet or QR code pays the load.
 */
export const loadExcelJs = async () => (await import('exceljs')).default;
export const loadQrCode = async () => (await import('qrcode')).default;

// IBM Plex Sans ships with dkfds; embedding it gives every Danish letter in every PDF reader.
const FONT_DIR = path.resolve(path.dirname(createRequire(import.meta.url).resolve('dkfds')), '../fonts/IBMPlexSans/complete/ttf');

/**
 * Every Skjold PDF starts here: an A4 document with the fonts 'regular' and 'bold' registered, and its bytes,
 * which resolve once the caller has written it and called `doc.end()`.
 */
export async function newPdf(options: PDFKit.PDFDocumentOptions): Promise<{ doc: PDFKit.PDFDocument; done: Promise<Buffer> }> {
  const PDFDocument = (await import('pdfkit')).default;
  const doc = new PDFDocument({ size: 'A4', ...options });
  doc.registerFont('regular', path.join(FONT_DIR, 'IBMPlexSans-Regular.ttf'));
  doc.registerFont('bold', path.join(FONT_DIR, 'IBMPlexSans-Bold.ttf'));
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}
