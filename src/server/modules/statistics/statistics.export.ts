import { loadExcelJs } from '../../shared/lazy-libraries.js';
import type { CellView, TableView } from './statistics.schemas.js';

/**
 * The same table as the API, flattened: one line per published cell, the suppressed ones carrying their mark.
 * CSV and XLSX are built from these lines, so the three formats cannot disagree.
 */
export const EXPORT_HEADER = ['Område', 'Niveau', 'Kode', 'Kategori', 'Antal'] as const;
const LEVEL_LABELS = { national: 'Hele landet', region: 'Region', municipality: 'Kommune' } as const;

export type ExportLine = [area: string, level: string, code: string, category: string, value: number | string];

const value = (c: CellView): number | string => c.count ?? c.mark ?? '';

export function exportLines(t: TableView): ExportLine[] {
  const lines: ExportLine[] = [];
  const scopeLevel = LEVEL_LABELS[t.scope.level];
  const areaRows = t.by === 'region' || t.by === 'municipality';
  for (const r of t.rows) {
    if (areaRows) lines.push([r.label, LEVEL_LABELS[t.by as 'region' | 'municipality'], r.key, 'I alt', value(r)]);
    else lines.push([t.scope.name, scopeLevel, r.key, r.label, value(r)]);
  }
  if (t.total) lines.push([t.scope.name, scopeLevel, 'I_ALT', 'I alt', value(t.total)]);
  for (const a of t.areas) {
    for (const r of a.rows) lines.push([a.name, LEVEL_LABELS[a.level], r.key, r.label, value(r)]);
    if (a.total) lines.push([a.name, LEVEL_LABELS[a.level], 'I_ALT', 'I alt', value(a.total)]);
  }
  return lines;
}

const csvField = (v: string | number) => {
  const s = String(v);
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Semicolon-separated with a byte-order mark: what Danish Excel opens with æ, ø and å intact. */
export function toCsv(t: TableView): string {
  const lines = [EXPORT_HEADER as readonly (string | number)[], ...exportLines(t)];
  return '\uFEFF' + lines.map((l) => l.map(csvField).join(';')).join('\r\n') + '\r\n';
}

export const LEGEND = [
  '<5: færre end 5 henvendelser (primær diskretion; 0 vises som 0).',
  '–: skjult for at beskytte en anden celle (sekundær diskretion).',
  'Årsager og typer af bekymring kan være flere for samme henvendelse; de har derfor ingen total.',
];

export async function toXlsx(t: TableView): Promise<Buffer> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Skjold';
  const ws = wb.addWorksheet('Statistik');
  ws.addRow([...EXPORT_HEADER]);
  ws.getRow(1).font = { bold: true };
  for (const l of exportLines(t)) ws.addRow(l);
  ws.columns.forEach((c, i) => (c.width = [28, 14, 26, 36, 10][i] ?? 12));
  const info = wb.addWorksheet('Forklaring');
  info.addRow([`Henvendelser fordelt på ${t.byLabel.toLowerCase()}, ${t.from} – ${t.to}`]);
  for (const l of LEGEND) info.addRow([l]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
