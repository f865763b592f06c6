import { z } from 'zod';
import { USE_TYPES, defineAuditEvents } from '../../platform/audit/define.js';

// The auditor's criteria as ids and codes; strict, so a name typed into a filter cannot slip in.
const id = z.uuid();
const day = z.iso.date();
const count = z.int().min(0);

/** The auditor's own reads are uses of personal data too (subject ids, who did what). */
export const auditAuditEvents = defineAuditEvents({
  'audit.trail_searched': {
    use: 'search', label: 'Revisionsspor søgt', purpose: 'supervision',
    details: z.strictObject({
      from: day.optional(), to: day.optional(), userId: id.optional(), eventType: z.string().max(60).optional(), useType: z.enum(USE_TYPES).optional(),
      caseId: id.optional(), caseNumber: z.string().max(50).optional(),
      // The username criterion as the account it named (null: no such account), never the name itself.
      usernameAccount: id.nullable().optional(),
      page: z.int().min(1), results: count,
    }),
  },
  'audit.access_log_read': { use: 'read', label: 'Adgangslog for sag læst', purpose: 'supervision', details: z.strictObject({ page: z.int().min(1) }) },
  'audit.subject_exported': {
    use: 'export', label: 'Log udtrukket for registreret', purpose: 'subject_access',
    details: z.strictObject({ entries: count, caseIds: z.array(id).optional(), inquiryIds: z.array(id).optional(), from: day.optional(), to: day.optional() }),
  },
});
