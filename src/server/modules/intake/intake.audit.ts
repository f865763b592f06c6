import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { IDENTIFYING_FIELDS } from './intake.schemas.js';

// Which identifying fields were given, never their values; strict, so a name or a CPR number cannot slip in.
export const intakeAuditEvents = defineAuditEvents({
  'inquiry.created': {
    use: 'create', label: 'Henvendelse registreret', purpose: 'inquiry',
    details: z.strictObject({ anonymous: z.boolean(), concernTypes: z.array(z.string().max(60)), identifyingFields: z.array(z.enum(IDENTIFYING_FIELDS)) }),
  },
  'inquiry.read': { use: 'read', label: 'Henvendelse læst', purpose: 'inquiry', details: z.strictObject({}) },
  'inquiry.listed': {
    use: 'search', label: 'Henvendelser listet', purpose: 'inquiry_list',
    details: z.strictObject({ from: z.iso.date().nullable(), to: z.iso.date().nullable(), count: z.int().min(0) }),
  },
});
