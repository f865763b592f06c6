import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';

// Which fields changed, never their values; strict, so a value cannot slip in.
export const directoryAuditEvents = defineAuditEvents({
  'directory.partner_updated': {
    use: 'update', label: 'Partnerkatalog ændret',
    details: z.strictObject({ fields: z.array(z.string().max(60)), version: z.int().min(1) }),
  },
});
