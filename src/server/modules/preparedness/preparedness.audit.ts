import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';

// The plan's version and dates, never its content; strict, so no text slips in.
const version = z.int().min(1);

export const preparednessAuditEvents = defineAuditEvents({
  'preparedness.plan_updated': {
    use: 'update', label: 'Beredskabsplan gemt',
    details: z.strictObject({ version, adoptedOn: z.iso.date().nullable(), revisionDueOn: z.iso.date().nullable() }),
  },
  'preparedness.plan_exported': { use: 'export', label: 'Beredskabsplan udskrevet som PDF', details: z.strictObject({ format: z.literal('pdf'), version }) },
});
