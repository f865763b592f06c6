import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { EVALUATION_OUTCOMES, MEASURE_ORIGINS, MEASURE_STATUSES, MEASURE_TYPES } from './safety.codes.js';

// Ids, codes and counts only. Nothing of the sealed safe contact, not even whether a field is filled in.
const id = z.uuid();
const fieldNames = z.array(z.string().max(60));
const none = z.strictObject({});
const status = z.enum(MEASURE_STATUSES);
const ownerKind = z.enum(['USER', 'ACTOR']);

export const safetyAuditEvents = defineAuditEvents({
  'safety.plan_read': { use: 'read', label: 'Sikkerhedsplan læst', details: z.strictObject({ version: z.int().min(0) }) },
  'safety.plan_updated': {
    use: 'update', label: 'Sikkerhedsplan ændret',
    details: z.strictObject({ version: z.int().min(1), trustedPersons: z.int().min(0), agreedOn: z.iso.date().nullable() }),
  },
  'safety.plan_exported': {
    use: 'export', label: 'Sikkerhedsplan udskrevet som PDF', details: z.strictObject({ format: z.literal('pdf'), version: z.int().min(0) }),
  },
  'safety.safe_contact_recorded': { use: 'update', label: 'Sikker kontakt registreret', details: none },
  // When the shown values were recorded; the purpose the user gave is the row's purpose, not a detail.
  'safety.safe_contact_revealed': { use: 'read', label: 'Sikker kontakt vist (kodeord, sikkert nummer)', details: z.strictObject({ recordedAt: z.iso.datetime() }) },
  'safety.measure_created': {
    use: 'create', label: 'Foranstaltning registreret',
    details: z.strictObject({
      measureType: z.enum(MEASURE_TYPES), status, origin: z.enum(MEASURE_ORIGINS), ownerKind,
      scenarioId: id.nullable(), recommendationId: id.nullable(), screeningId: id.nullable(),
    }),
  },
  'safety.measure_updated': {
    use: 'update', label: 'Foranstaltning ændret',
    // `afterHandover`: the receiver of a handed-over case took the measure over or gave it to someone (tasks.handover.ts).
    details: z.strictObject({
      fields: fieldNames, from: status, status, evaluation: z.enum(EVALUATION_OUTCOMES).optional(), ownerKind: ownerKind.optional(),
      afterHandover: z.literal(true).optional(),
    }),
  },
  'safety.measures_listed': { use: 'read', label: 'Foranstaltninger læst', details: z.strictObject({ status: status.nullable(), count: z.int().min(0) }) },
  'safety.coverage_read': { use: 'read', label: 'Scenariernes dækning læst', details: z.strictObject({ scenarios: z.int().min(0), uncovered: z.int().min(0) }) },
});
