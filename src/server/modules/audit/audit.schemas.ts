import { z } from 'zod';
import { ROLES } from '../../platform/access/actor.js';
import { USE_TYPES, isAuditEventType } from '../../platform/audit/define.js';

// Checked against the registered catalogue at request time (the catalogue sits above the modules).
const EventType = z.string().refine(isAuditEventType, { message: 'Ukendt hændelsestype' });
const IsoTime = z.iso.datetime({ offset: true });
/** A day in Danish time; `to` is inclusive. */
const Day = z.iso.date();
const Page = {
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};

export const AuditEventsQuery = z
  .strictObject({
    from: Day.optional(),
    to: Day.optional(),
    userId: z.uuid().optional(),
    username: z.string().trim().min(1).max(100).optional(),
    eventType: EventType.optional(),
    useType: z.enum(USE_TYPES).optional(),
    caseId: z.uuid().optional(),
    caseNumber: z.string().trim().min(1).max(50).optional(),
    ...Page,
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'Slutdatoen ligger før startdatoen.' });
export type AuditEventsQuery = z.infer<typeof AuditEventsQuery>;

export const AuditDetailsView = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]));

export const AuditEventView = z.object({
  seq: z.number().int(),
  occurredAt: IsoTime,
  eventType: z.string(),
  eventLabel: z.string(),
  useType: z.string(),
  /** The account, not the person's name: the auditor works with metadata. */
  actor: z.object({ userId: z.uuid(), username: z.string().nullable(), role: z.string().nullable() }).nullable(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  caseId: z.uuid().nullable(),
  caseNumber: z.string().nullable(),
  purpose: z.string().nullable(),
  details: AuditDetailsView,
});
export const AuditEventPage = z.object({
  items: z.array(AuditEventView),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const EventTypeCatalogue = z.object({
  eventTypes: z.array(z.object({ type: z.string(), label: z.string(), useType: z.string() })),
});

export const ChainStatus = z.object({
  ok: z.boolean(),
  count: z.number().int(),
  head: z.object({ seq: z.number().int(), hash: z.string(), occurredAt: IsoTime }).nullable(),
  broken: z
    .object({ seq: z.number().int(), occurredAt: IsoTime.nullable(), eventType: z.string().nullable(), reason: z.string(), reasonLabel: z.string() })
    .nullable(),
  checkedAt: IsoTime,
});

export const CaseAccessLogParams = z.strictObject({ id: z.uuid() });
export const CaseAccessLogQuery = z.strictObject(Page);
export const AccessLogEntry = z.object({
  occurredAt: IsoTime,
  eventType: z.string(),
  eventLabel: z.string(),
  useType: z.string(),
  /** displayName only for actors who work the case; the auditor gets the account id and role. */
  actor: z.object({ userId: z.uuid(), displayName: z.string().optional(), role: z.enum(ROLES).nullable() }).nullable(),
  purpose: z.string().nullable(),
});
export const CaseAccessLog = z.object({
  caseId: z.uuid(),
  caseNumber: z.string(),
  items: z.array(AccessLogEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

// A subject id is an internal id (a UUID for persons); a CPR number must never travel in a URL. A UUID is never
// a CPR number, though its hex digits can form ten in a row (12345678-9012-…): it passes as a whole.
const CPR_LIKE = /\d{6}-?\d{4}/;
const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const SubjectParams = z.strictObject({
  subjectType: z.string().regex(/^[a-z][a-z_]{0,39}$/, 'Ugyldig type'),
  subjectId: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z0-9_-]+$/, 'Ugyldigt id')
    .refine((v) => UUID_SHAPE.test(v) || !CPR_LIKE.test(v), 'Brug personens id, aldrig et CPR-nummer'),
});
export const SubjectExportQuery = z
  .strictObject({ from: Day.optional(), to: Day.optional(), format: z.enum(['json', 'csv']).default('json') })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'Slutdatoen ligger før startdatoen.' });

/** CJEU C-579/21: the data subject learns when and why, not which employee. No actor fields at all. */
export const SubjectExportEntry = z.object({
  occurredAt: IsoTime,
  date: Day,
  useType: z.string(),
  useLabel: z.string(),
  eventLabel: z.string(),
  purpose: z.string().nullable(),
  caseNumber: z.string().nullable(),
});
export const SubjectExport = z.object({
  subjectType: z.string(),
  subjectId: z.string(),
  generatedAt: IsoTime,
  entries: z.array(SubjectExportEntry),
});
