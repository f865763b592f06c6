import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { ADDABLE_PARTICIPANT_ROLES } from './case-access.schemas.js';

// The user concerned is the row's subject; an exclusion's reason stays on the case, encrypted.
const none = z.strictObject({});
const count = z.strictObject({ count: z.int().min(0) });

export const caseAccessAuditEvents = defineAuditEvents({
  'case.participants_read': { use: 'read', label: 'Deltagere i sag læst', purpose: 'case_access', details: count },
  'case.participant_added': {
    use: 'update', label: 'Deltager tilføjet sag', purpose: 'case_access', details: z.strictObject({ participantRole: z.enum(ADDABLE_PARTICIPANT_ROLES) }),
  },
  'case.exclusions_read': { use: 'read', label: 'Udelukkelser fra sag læst', purpose: 'case_access', details: count },
  'case.user_excluded': {
    use: 'update', label: 'Medarbejder udelukket fra sag', purpose: 'case_access',
    // `self`: a recusal.
    details: z.strictObject({ removedParticipation: z.boolean(), self: z.boolean() }),
  },
  'case.exclusion_lifted': { use: 'update', label: 'Udelukkelse ophævet', purpose: 'case_access', details: none },
});
