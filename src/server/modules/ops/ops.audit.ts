import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { RATE_LIMIT_PRESETS } from '../../platform/http/rate-limit.js';

const count = z.int().min(0);

/** Operations: rate limits, the operator CLI's backup, restore, retention and key rotation. Counts and codes only. */
export const opsAuditEvents = defineAuditEvents({
  'ops.rate_limited': {
    use: 'denied', label: 'Afvist: for mange forespørgsler (hastighedsgrænse)',
    // The route pattern (/api/cases/:id), never the URL with its ids and query.
    details: z.strictObject({ preset: z.enum(RATE_LIMIT_PRESETS), limit: count, route: z.string().max(200), method: z.string().max(10) }),
  },
  'ops.backup_created': { use: 'export', label: 'Sikkerhedskopi taget', details: z.strictObject({ rows: count, tables: count }) },
  'ops.backup_restored': {
    use: 'system', label: 'Sikkerhedskopi indlæst',
    details: z.strictObject({ rows: count, createdAt: z.iso.datetime(), from: z.string().max(20) }),
  },
  'ops.retention_run': { use: 'delete', label: 'Sletning efter opbevaringsfrist', details: z.strictObject({ months: z.int().min(1) }) },
  'ops.keys_rotated': {
    use: 'system',
    label: 'Krypteringsnøgle skiftet',
    details: z.strictObject({ keyId: z.string(), columns: z.number().int(), values: z.number().int(), indexes: z.number().int(), archivedAuditKeys: z.number().int() }),
  },
});
