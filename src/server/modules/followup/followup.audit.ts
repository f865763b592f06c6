import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { RISK_LEVELS } from '../../shared/codes.js';

// The level and the next date; what was checked stays on the follow-up, encrypted.
const none = z.strictObject({});

export const followUpAuditEvents = defineAuditEvents({
  'followup.recorded': {
    use: 'create', label: 'Opfølgning registreret',
    details: z.strictObject({ riskLevel: z.enum(RISK_LEVELS), imminent: z.boolean(), nextDueOn: z.iso.date() }),
  },
  'followup.listed': { use: 'read', label: 'Opfølgninger vist', details: z.strictObject({ count: z.int().min(0) }) },
  // Not written today: the date set on signing goes on the journal, within risk.assessment_completed.
  'followup.scheduled': { use: 'update', label: 'Næste opfølgning sat efter risikoniveau', details: none },
});
