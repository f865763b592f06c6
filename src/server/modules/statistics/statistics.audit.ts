import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { BY_VALUES } from './statistics.dimensions.js';
import { LEVELS } from './statistics.schemas.js';

// The criteria of a read (period, table, level, scope), never a figure; strict, so nothing else slips in.
const day = z.iso.date();
const by = z.enum(BY_VALUES);
const level = z.enum(LEVELS);
const scope = z.string().regex(/^(national|municipality:[\w-]{1,40})$/);
const table = { from: day, to: day, by, level, scope, periodGiven: z.boolean() };
const summary = { from: day, to: day, table: z.literal('summary'), scope, periodGiven: z.boolean() };

/** Statistics are aggregates: each read is logged with its criteria (period, table, level, scope), never its content. */
export const statisticsAuditEvents = defineAuditEvents({
  'statistics.table_read': { use: 'read', label: 'Statistik læst (aggregerede tal)', details: z.strictObject({ ...table, format: z.literal('json') }) },
  'statistics.summary_read': { use: 'read', label: 'Statistisk oversigt læst (aggregerede tal)', details: z.strictObject({ ...summary, format: z.literal('json') }) },
  'statistics.exported': {
    use: 'export', label: 'Statistik udtrukket (aggregerede tal)',
    details: z.union([
      z.strictObject({ ...table, format: z.enum(['csv', 'xlsx']) }),
      z.strictObject({ ...summary, format: z.literal('pdf') }),
      // `npx skjold stats` (src/cli/commands/stats.ts): the operator reads nationally.
      z.strictObject({ from: day, to: day, by, level, format: z.enum(['csv', 'text']), scope: z.literal('national'), via: z.literal('cli') }),
    ]),
  },
});
