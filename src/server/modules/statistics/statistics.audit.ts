import { defineAuditEvents } from '../../platform/audit/define.js';

/** Statistics are aggregates: each read is logged with its criteria (period, table, level, scope), never its content. */
export const statisticsAuditEvents = defineAuditEvents({
  'statistics.table_read': { use: 'read', label: 'Statistik læst (aggregerede tal)' },
  'statistics.summary_read': { use: 'read', label: 'Statistisk oversigt læst (aggregerede tal)' },
  'statistics.exported': { use: 'export', label: 'Statistik udtrukket (aggregerede tal)' },
});
