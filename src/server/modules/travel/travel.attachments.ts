import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/client.js';
import { notFound, validationError } from '../../platform/http/errors.js';
import { iso, inTx, type Svc } from '../../shared/svc.js';
import { requireCaseInScope, type CaseInScope } from '../case-core/cases.scope.js';
import { appendChange } from '../journal/journal.service.js';
import { TRAVEL_ATTACHMENT_KIND_LABELS, TRAVEL_ATTACHMENT_KINDS, type TravelAttachmentKind } from './travel.codes.js';
import { travelRepo } from './travel.repository.js';
import { travelAttachments, type AttachmentMime } from './travel.tables.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** The refusal of a file over the limit, whether the service or the body parser (travel.routes.ts) finds it. */
export const FILE_TOO_LARGE = { path: 'body.file', message: 'Filen må højst være 10 MB' };

/** The type the content says it is (magic bytes), whatever the file's name or the client's claim: JPEG, PNG, PDF, or null. */
export function sniffType(b: Buffer): AttachmentMime | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (b.length >= 5 && b.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

export interface UploadedFile { name: string; data: Buffer }

export interface AttachmentView { id: string; caseId: string; tripId: string | null; kind: TravelAttachmentKind; kindLabel: string; mimeType: string; sizeBytes: number; fileName: string | null; createdAt: string }

const list = (db: Db, c: CaseInScope) =>
  db.select({
    id: travelAttachments.id, caseId: travelAttachments.caseId, tripId: travelAttachments.tripId, kind: travelAttachments.kind, mimeType: travelAttachments.mimeType,
    sizeBytes: travelAttachments.sizeBytes, fileNameEnc: travelAttachments.fileNameEnc, createdAt: travelAttachments.createdAt,
  }).from(travelAttachments).where(eq(travelAttachments.caseId, c.id)).orderBy(desc(travelAttachments.createdAt));

const viewOf = (svc: Svc, r: Awaited<ReturnType<typeof list>>[number]): AttachmentView => ({
  id: r.id, caseId: r.caseId, tripId: r.tripId, kind: r.kind, kindLabel: TRAVEL_ATTACHMENT_KIND_LABELS[r.kind], mimeType: r.mimeType, sizeBytes: r.sizeBytes,
  fileName: svc.fc.decryptOpt(r.fileNameEnc), createdAt: iso(r.createdAt),
});

/**
 * Stores a photo or passport copy encrypted (issue 12 item 2). Refused naming the field: a kind not in the list,
 * no file, more than 10 MB, or content that is not JPEG, PNG or PDF by its magic bytes (a renamed script).
 */
export async function uploadAttachment(svc: Svc, actor: Actor, caseId: string, input: { kind: unknown; file: UploadedFile | null; tripId?: unknown }): Promise<AttachmentView> {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  const errors = [];
  if (!TRAVEL_ATTACHMENT_KINDS.includes(input.kind as TravelAttachmentKind)) errors.push({ path: 'body.kind', message: 'Vælg om det er et foto eller en kopi af pas' });
  const mime = input.file ? sniffType(input.file.data) : null;
  if (!input.file || input.file.data.length === 0) errors.push({ path: 'body.file', message: 'Vælg en fil' });
  else if (input.file.data.length > MAX_ATTACHMENT_BYTES) errors.push(FILE_TOO_LARGE);
  else if (!mime) errors.push({ path: 'body.file', message: 'Filen skal være et billede (JPEG eller PNG) eller en PDF; indholdet er ingen af delene' });
  if (errors.length) throw validationError(errors);
  const kind = input.kind as TravelAttachmentKind;
  return svc.db.transaction(async (tx) => {
    const s = inTx(svc, tx);
    const wanted = typeof input.tripId === 'string' && input.tripId ? input.tripId : null;
    const trip = wanted ? (UUID.test(wanted) ? await travelRepo.trip(tx, c, wanted) : null) : await travelRepo.current(tx, c);
    if (wanted && !trip) throw validationError([{ path: 'body.tripId', message: 'Rejsen findes ikke på sagen' }]);
    const [row] = await tx.insert(travelAttachments).values({
      caseId: c.id, tripId: trip?.id ?? null, kind, mimeType: mime!, sizeBytes: input.file!.data.length,
      fileNameEnc: s.fc.encryptOpt(input.file!.name.slice(0, 200) || undefined), contentEnc: s.fc.encrypt(input.file!.data.toString('base64')), createdBy: actor.userId,
    }).returning();
    await appendChange(tx, s, c, actor, `${TRAVEL_ATTACHMENT_KIND_LABELS[kind]} lagt på sagen (til en eventuel efterlysning)`);
    await recordAudit(tx, {
      type: 'travel.attachment_uploaded', actor, subjectType: 'travel_attachment', subjectId: row!.id, caseId: c.id, purpose: c.id,
      details: { kind, mimeType: row!.mimeType, sizeBytes: row!.sizeBytes },
    });
    return viewOf(s, row!);
  });
}

export async function listAttachments(svc: Svc, actor: Actor, caseId: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const rows = await list(tx, c);
    await recordAudit(tx, { type: 'travel.attachments_listed', actor, subjectType: 'case', subjectId: c.id, caseId: c.id, purpose: c.id, details: { count: rows.length } });
    return { items: rows.map((r) => viewOf(svc, r)) };
  });
}

/** The bytes, audited per download. Another case's attachment is a 404 like a missing one. */
export async function downloadAttachment(svc: Svc, actor: Actor, caseId: string, id: string) {
  const c = await requireCaseInScope(svc.db, actor, caseId);
  return svc.db.transaction(async (tx) => {
    const [row] = await tx.select().from(travelAttachments).where(and(eq(travelAttachments.caseId, c.id), eq(travelAttachments.id, id))).limit(1);
    if (!row) throw notFound();
    await recordAudit(tx, { type: 'travel.attachment_read', actor, subjectType: 'travel_attachment', subjectId: row.id, caseId: c.id, purpose: c.id, details: { kind: row.kind } });
    return { mimeType: row.mimeType, data: Buffer.from(svc.fc.decrypt(row.contentEnc), 'base64') };
  });
}

/** The newest photo of a trip (or the case), for the missing-person pack; inside the caller's audited export. */
export async function latestPhoto(svc: Svc, c: CaseInScope, tripId: string): Promise<Buffer | null> {
  const rows = await svc.db.select({ tripId: travelAttachments.tripId, mimeType: travelAttachments.mimeType, contentEnc: travelAttachments.contentEnc }).from(travelAttachments)
    .where(and(eq(travelAttachments.caseId, c.id), eq(travelAttachments.kind, 'FOTO'))).orderBy(desc(travelAttachments.createdAt));
  const photo = rows.find((r) => r.tripId === tripId && r.mimeType !== 'application/pdf') ?? rows.find((r) => r.mimeType !== 'application/pdf');
  return photo ? Buffer.from(svc.fc.decrypt(photo.contentEnc), 'base64') : null;
}
