import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { RECIPIENT_TYPES, RISK_LEVELS, SCREENING_OUTCOMES } from './risk.codes.js';

// Details hold ids, codes and field names only, never the content of a rationale, an answer or a factor.
const id = z.uuid();
const code = z.string().max(60);
const none = z.strictObject({});

export const riskAuditEvents = defineAuditEvents({
  'risk.screening_created': {
    use: 'create', label: 'Indledende risikoscreening registreret', purpose: 'risk',
    // `answered`: the question codes answered, never the answers. On an inquiry: its id and whether it is anonymous.
    details: z.strictObject({
      outcome: z.enum(SCREENING_OUTCOMES), answered: z.array(code), inquiryId: id.optional(), anonymous: z.boolean().optional(),
    }),
  },
  'risk.screenings_read': { use: 'read', label: 'Risikoscreeninger vist', purpose: 'risk', details: none },
  'risk.assessment_created': {
    use: 'create', label: 'Risikovurdering påbegyndt', purpose: 'risk',
    details: z.strictObject({ version: z.int().min(1), basedOnId: id.nullable(), instrument: code }),
  },
  'risk.assessment_saved': {
    use: 'update', label: 'Udkast til risikovurdering gemt', purpose: 'risk',
    // Paths into the content ("factors.H1.now", "scenarios.<id>"), at most 100.
    details: z.strictObject({ changedFields: z.array(z.string().max(120)).max(100) }),
  },
  'risk.assessment_completed': {
    use: 'update', label: 'Risikovurdering afsluttet og underskrevet', purpose: 'risk',
    details: z.strictObject({ version: z.int().min(1), seriousViolence: z.enum(RISK_LEVELS), imminent: z.boolean() }),
  },
  'risk.assessment_read': { use: 'read', label: 'Risikovurdering vist', purpose: 'risk', details: none },
  'risk.assessments_listed': { use: 'read', label: 'Risikovurderinger vist (liste)', purpose: 'risk', details: none },
  'risk.threat_levels_read': { use: 'read', label: 'Trusselsniveau over tid vist', purpose: 'risk', details: none },
  'risk.assessment_exported': {
    use: 'export', label: 'Risikovurdering eksporteret som PDF', purpose: 'risk',
    details: z.strictObject({ format: z.literal('pdf'), includeCpr: z.boolean(), cprPrinted: z.boolean() }),
  },
  'risk.informed_read': { use: 'read', label: 'Liste over hvem der er orienteret om risikoen vist', purpose: 'risk', details: none },
  'risk.disclosure_recorded': {
    use: 'create', label: 'Registreret hvem risikovurderingen er gjort kendt for', purpose: 'risk',
    // The recipient's type only: the recipient (a name, an authority) stays on the disclosure, encrypted.
    details: z.strictObject({ disclosureId: id, recipientType: z.enum(RECIPIENT_TYPES), journalEntryId: id }),
  },
});
