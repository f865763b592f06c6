import { z } from 'zod';
import { defineAuditEvents } from '../../platform/audit/define.js';
import { TRAVEL_ATTACHMENT_KINDS, TRAVEL_AUTHORITIES, TRAVEL_CONTACT_CHANNELS, TRAVEL_PHASES, WATCH_REASONS } from './travel.codes.js';

// Ids, codes and counts: never the destination, the trusted persons, a contact's summary or a file's name.
const id = z.uuid();
const count = z.strictObject({ count: z.int().min(0) });
// One writer for both (travel.service.ts `written`): the state the trip was left in.
const tripWritten = z.strictObject({ phase: z.enum(TRAVEL_PHASES), version: z.int().min(1), watchOpen: z.boolean(), alertsResolved: z.int().min(0) });

export const travelAuditEvents = defineAuditEvents({
  'travel.read': { use: 'read', label: 'Rejseoplysninger læst', purpose: 'case', details: z.strictObject({ tripId: id.nullable() }) },
  'travel.created': { use: 'create', label: 'Rejse registreret', purpose: 'case', details: tripWritten },
  'travel.updated': { use: 'update', label: 'Rejseoplysninger ændret', purpose: 'case', details: tripWritten },
  'travel.contacts_listed': { use: 'read', label: 'Myndighedskontakter i rejsesag læst', purpose: 'case', details: count },
  'travel.contact_logged': {
    use: 'create', label: 'Kontakt med myndighed registreret (rejsesag)', purpose: 'case',
    details: z.strictObject({ authority: z.enum(TRAVEL_AUTHORITIES), channel: z.enum(TRAVEL_CONTACT_CHANNELS) }),
  },
  'travel.pack_exported': {
    use: 'export', label: 'Efterlysningspakke udskrevet som PDF', purpose: 'case',
    details: z.strictObject({ format: z.literal('pdf'), withCpr: z.boolean(), version: z.int().min(1) }),
  },
  'travel.watch_alerted': {
    use: 'system', label: 'Rejsevagt: hjemkomst eller aftalt kontakt overskredet, de ansvarlige er varslet',
    details: z.strictObject({ reason: z.enum(WATCH_REASONS), dueOn: z.iso.date(), mailed: z.int().min(0), jobId: id }),
  },
  'travel.attachment_uploaded': {
    use: 'create', label: 'Foto eller paskopi lagt på rejsesag', purpose: 'case',
    details: z.strictObject({
      kind: z.enum(TRAVEL_ATTACHMENT_KINDS), mimeType: z.enum(['image/jpeg', 'image/png', 'application/pdf']), sizeBytes: z.int().min(1),
    }),
  },
  'travel.attachments_listed': { use: 'read', label: 'Fotos og paskopier i rejsesag listet', purpose: 'case', details: count },
  'travel.attachment_read': { use: 'read', label: 'Foto eller paskopi hentet', purpose: 'case', details: z.strictObject({ kind: z.enum(TRAVEL_ATTACHMENT_KINDS) }) },
});
