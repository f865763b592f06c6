import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { RISK_LEVELS } from '../../shared/codes.js';
import { RISK_RECIPIENTS, WRITABLE_ENTRY_TYPES } from './journal.schemas.js';

// Types, flags and counts: an entry's title and body, or the authority told, stay on the entry, encrypted.
const count = z.int().min(0);

export const journalAuditEvents = defineAuditEvents({
  'journal.entry_created': {
    use: 'create', label: 'Journalnotat oprettet', purpose: 'case',
    details: z.strictObject({ entryType: z.enum(WRITABLE_ENTRY_TYPES), restricted: z.boolean() }),
  },
  'journal.read': { use: 'read', label: 'Journal læst', purpose: 'case', details: z.strictObject({ view: z.literal('fuld'), count }) },
  'journal.exported': { use: 'export', label: 'Journal udtrukket til aktindsigt', purpose: 'case', details: z.strictObject({ view: z.literal('aktindsigt'), count }) },
  'journal.risk_communicated': {
    use: 'create', label: 'Formidling af risiko registreret', purpose: 'case',
    details: z.strictObject({ recipient: z.enum(RISK_RECIPIENTS), riskLevel: z.enum(RISK_LEVELS).nullable() }),
  },
});
