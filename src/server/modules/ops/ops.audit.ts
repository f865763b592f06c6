import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';

/** Operations: rate limits, the operator CLI's backup, restore, retention and key rotation. */
export const opsAuditEvents = defineAuditEvents({
  'ops.rate_limited': { use: 'denied', label: 'Afvist: for mange forespørgsler (hastighedsgrænse)' },
  'ops.backup_created': { use: 'export', label: 'Sikkerhedskopi taget' },
  'ops.backup_restored': { use: 'system', label: 'Sikkerhedskopi indlæst' },
  'ops.retention_run': { use: 'delete', label: 'Sletning efter opbevaringsfrist' },
  'ops.keys_rotated': {
    use: 'system',
    label: 'Krypteringsnøgle skiftet',
    details: z.strictObject({ keyId: z.string(), columns: z.number().int(), values: z.number().int(), indexes: z.number().int(), archivedAuditKeys: z.number().int() }),
  },
});
