import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';

// Flags and counts: who talked with the child, the note and who is kept away stay on the case, encrypted.
const none = z.strictObject({});

export const childVoiceAuditEvents = defineAuditEvents({
  'child_voice.read': { use: 'read', label: 'Barnets stemme og familiens rolle læst', purpose: 'case', details: none },
  'child_voice.updated': {
    use: 'update', label: 'Barnets stemme og familiens rolle ændret', purpose: 'case',
    details: z.strictObject({
      talkedAlone: z.boolean(), childAgreesFamily: z.string().max(60).nullable(), familyContactPlanned: z.boolean(),
      excludedBisidder: z.int().min(0), version: z.int().min(1),
    }),
  },
});
