import type { Command } from 'commander';
import type { Actor } from '../../server/platform/access/actor.js';
import { recordAudit } from '../../server/platform/audit/audit.js';
import type { Db } from '../../server/platform/db/client.js';
import { AppError } from '../../server/platform/http/errors.js';
import { BY_VALUES } from '../../server/modules/statistics/statistics.dimensions.js';
import { EXPORT_HEADER, exportLines, toCsv } from '../../server/modules/statistics/statistics.export.js';
import { LEVELS, TableQuery } from '../../server/modules/statistics/statistics.schemas.js';
import { buildTable } from '../../server/modules/statistics/statistics.service.js';
import { withDatabase } from '../context.js';

type Print = (line: string) => void;
export interface StatsOptions {
  from?: string;
  to?: string;
  by: string;
  level?: string;
  format?: string;
}

/** The operator sees what the analyst sees: national, suppressed, and the read is audited as an export. */
const OPERATOR: Actor = { userId: '00000000-0000-0000-0000-000000000000', username: 'cli', displayName: 'CLI', role: 'analyst', municipalityCode: null, region: null, sessionId: 'cli' };

export async function runStats(db: Db, opts: StatsOptions, out: Print, err: Print): Promise<number> {
  const parsed = TableQuery.safeParse({ from: opts.from, to: opts.to, by: opts.by, level: opts.level });
  if (!parsed.success) {
    for (const i of parsed.error.issues) err(`--${String(i.path[0])}: ${i.message}`);
    return 2;
  }
  if (opts.format && opts.format !== 'csv' && opts.format !== 'text') {
    err('--format: skal være csv eller text');
    return 2;
  }
  const format = opts.format === 'csv' ? 'csv' : 'text';
  try {
    const t = await db.transaction(async (tx) => {
      const table = await buildTable(tx, OPERATOR, parsed.data);
      await recordAudit(tx, {
        type: 'statistics.exported', actor: null, subjectType: 'statistics', purpose: 'statistik',
        details: { from: table.from, to: table.to, by: table.by, level: table.level, format, scope: 'national', via: 'cli' },
      });
      return table;
    }, { isolationLevel: 'repeatable read' });
    if (opts.format === 'csv') {
      out(toCsv(t).replace(/^\uFEFF/, '').trimEnd());
      return 0;
    }
    const lines = [EXPORT_HEADER.map(String), ...exportLines(t).map((l) => l.map(String))];
    const widths = EXPORT_HEADER.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
    out(`Henvendelser fordelt på ${t.byLabel.toLowerCase()}, ${t.from} – ${t.to} (niveau: ${t.level})`);
    for (const l of lines) out(l.map((c, i) => (i === 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  '));
    out('<5: færre end 5. –: skjult for at beskytte en anden celle. 0 vises som 0.');
    return 0;
  } catch (e) {
    err(e instanceof AppError ? `${e.message} ${JSON.stringify(e.details ?? [])}` : `Statistikken kunne ikke beregnes: ${(e as Error).message}`);
    return 1;
  }
}

export function statsCommand(program: Command) {
  program
    .command('stats')
    .description('Udskriv den nationale statistik over henvendelser med diskretion (samme tal som API og eksport)')
    .option('--from <dato>', 'første dag, ÅÅÅÅ-MM-DD (standard: 1. januar i år)')
    .option('--to <dato>', 'sidste dag, ÅÅÅÅ-MM-DD (standard: i dag)')
    .requiredOption('--by <dimension>', `fordeling: ${BY_VALUES.join(', ')}`)
    .option('--level <niveau>', `${LEVELS.join(', ')} (standard: region)`)
    .option('--format <format>', 'text (standard) eller csv')
    .action(async (opts: StatsOptions) => {
      process.exitCode = await withDatabase((database) => runStats(database.db, opts, console.log, console.error));
    });
}
