import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';

// Details are ids, codes, counts and field names; strict objects, so a name or a text cannot slip in unseen.
const id = z.uuid();
const code = z.string().max(60);
const fieldNames = z.array(z.string().max(60));
const none = z.strictObject({});

export const casesAuditEvents = defineAuditEvents({
  'case.created': {
    use: 'create', label: 'Sag oprettet', purpose: 'case',
    details: z.strictObject({
      inquiryId: id, municipalityCode: code, persons: z.number().int(), dutyToNotify: z.boolean(), otherLegalBasis: z.boolean(), acute: z.boolean(),
      responsible: z.enum(['USER', 'EXTERNAL', 'NONE']),
    }),
  },
  'case.read': { use: 'read', label: 'Sag læst', purpose: 'case', details: none },
  'case.listed': {
    use: 'search', label: 'Sager listet', purpose: 'case_list',
    details: z.strictObject({
      scope: code, status: code.nullable(), riskLevel: code.nullable(), concernType: code.nullable(), overdue: z.boolean().nullable(),
      acute: z.boolean().nullable(), q: z.string().max(40).nullable(), count: z.number().int(),
    }),
  },
  'case.searched': {
    use: 'search', label: 'Sager søgt (CPR)', purpose: 'cpr_search',
    details: z.strictObject({ criterion: z.literal('cpr'), cprIndex: z.string().max(128), caseIds: z.array(id), count: z.number().int() }),
  },
  'case.updated': { use: 'update', label: 'Sag ændret', purpose: 'case', details: z.strictObject({ fields: fieldNames, status: code }) },
  'case.handed_over': {
    use: 'update', label: 'Sag overdraget', purpose: 'case',
    details: z.strictObject({
      fromMunicipality: code, toMunicipality: code, fromCaseworker: id.nullable(), toCaseworker: id.nullable(), toExternalContact: z.boolean(), reason: z.boolean(),
      movedTasks: z.int().min(0).optional(),
      // What waits for the receiver to take over or reassign (tasks.handover.ts).
      waitingTasks: z.int().min(0).optional(), waitingMeasures: z.int().min(0).optional(),
    }),
  },
  // Issue 9: an account or an external contact named as responsible (the contact's details stay on the case, encrypted).
  'case.responsible_set': {
    use: 'update', label: 'Ansvarlig sagsbehandler ændret', purpose: 'case',
    details: z.strictObject({ from: z.enum(['USER', 'EXTERNAL', 'NONE']), to: z.enum(['USER', 'EXTERNAL']), fromCaseworker: id.nullable(), toCaseworker: id.nullable() }),
  },
  'case.closed': { use: 'update', label: 'Sag afsluttet', purpose: 'case', details: z.strictObject({ outcome: code, evaluation: z.boolean(), evaluationOutcome: code.optional(), overridden: z.array(z.string()).optional() }) },
  'case.reopened': { use: 'update', label: 'Sag genåbnet', purpose: 'case', details: z.strictObject({ previousStatus: code }) },
  'case.duty_to_notify_fulfilled': {
    use: 'update', label: 'Underretning registreret (Barnets lov § 133)', purpose: 'case',
    details: z.strictObject({ notifiedMunicipality: code, fulfilledAt: z.iso.date(), note: z.boolean() }),
  },
  'case.person_added': { use: 'create', label: 'Person tilføjet sagen', purpose: 'case', details: z.strictObject({ personId: id, role: code }) },
  'case.person_updated': { use: 'update', label: 'Person på sagen ændret', purpose: 'case', details: z.strictObject({ personId: id, fields: fieldNames }) },
});
