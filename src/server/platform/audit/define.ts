import type { ZodType } from 'zod';

export const USE_TYPES = ['read', 'search', 'create', 'update', 'delete', 'export', 'login', 'denied', 'system'] as const;
export type UseType = (typeof USE_TYPES)[number];

/** Danish, for the auditor's filters and the data subject's export. */
export const USE_TYPE_LABELS: Record<UseType, string> = {
  read: 'Opslag',
  search: 'Søgning',
  create: 'Oprettelse',
  update: 'Ændring',
  delete: 'Sletning',
  export: 'Udtræk',
  login: 'Log ind/ud',
  denied: 'Adgang nægtet',
  system: 'System',
};

/**
 * Why personal data was used: the purpose KIND an event type serves (a closed list). The row's `purpose`
 * column holds the reference (a case id for case work, `inquiry:<id>`, or one of the list codes below); the
 * data-subject export and the auditor pages render it in Danish through `describePurpose`, never raw.
 */
export const PURPOSE_KINDS = [
  'case', 'risk', 'case_access', 'inquiry', 'case_list', 'cpr_search', 'inquiry_list', 'dpo_review', 'supervision',
  'subject_access', 'account', 'user_admin', 'access_control', 'system',
] as const;
export type PurposeKind = (typeof PURPOSE_KINDS)[number];

/** Danish; for kinds about one case the case number follows (", sag SKJ-2026-000012"). */
export const PURPOSE_LABELS: Record<PurposeKind, string> = {
  case: 'Sagsbehandling',
  risk: 'Risikovurdering',
  case_access: 'Sagsadministration: hvem har adgang',
  inquiry: 'Henvendelse: registrering og vurdering',
  case_list: 'Sagsoversigt',
  cpr_search: 'Søgning efter sag på CPR-nummer',
  inquiry_list: 'Oversigt over henvendelser',
  dpo_review: 'Databeskyttelsesrådgiverens gennemgang af anden hjemmel',
  supervision: 'Tilsyn med behandlingen af personoplysninger',
  subject_access: 'Den registreredes indsigt (GDPR art. 15)',
  account: 'Brugerkonto og log ind',
  user_admin: 'Brugeradministration',
  access_control: 'Adgangskontrol',
  system: 'Drift',
};

/** The codes callers have stored as a purpose reference, and the kind each means. */
const PURPOSE_CODES: Record<string, PurposeKind> = {
  'case-list': 'case_list', 'cpr-search': 'cpr_search', 'inquiry-list': 'inquiry_list', 'dpo-review': 'dpo_review',
  sagsbehandling: 'case', risikovurdering: 'risk', risikoscreening: 'risk', 'deling af risikovurdering': 'risk',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a refusal happened (access.denied details.reason / details.scope), in Danish for the DPO. */
export const REFUSAL_LABELS: Record<string, string> = {
  permission: 'Adgang nægtet: rollen har ikke adgang til funktionen',
  not_found: 'Adgang nægtet: findes ikke eller uden for adgang',
  case_scope: 'Adgang nægtet: uden for adgang til sagen',
  excluded: 'Adgang nægtet: udelukket fra sagen',
  outside_area: 'Adgang nægtet: uden for område',
  not_participant: 'Adgang nægtet: ikke deltager i sagen',
  role: 'Adgang nægtet: rollen giver ikke adgang til sager',
};

/**
 * The Danish purpose of one audit row: "Sagsbehandling, sag SKJ-2026-000012" for a case id, the kind's label for
 * a code, the refusal reason for an access refusal; a purpose written in Danish by its caller is shown as it is.
 */
export function describePurpose(
  row: { eventType: string; purpose: string | null; caseNumber?: string | null; details?: Record<string, unknown> | null },
): string | null {
  const spec = registry.get(row.eventType);
  if (spec?.use === 'denied' && row.details) {
    const why = (row.details.scope ?? row.details.reason) as string | undefined;
    if (why && REFUSAL_LABELS[why]) return REFUSAL_LABELS[why]!;
  }
  const p = row.purpose;
  const onCase = (kind: PurposeKind) => (row.caseNumber ? `${PURPOSE_LABELS[kind]}, sag ${row.caseNumber}` : PURPOSE_LABELS[kind]);
  if (p && UUID.test(p)) return onCase(spec?.purpose === 'risk' || spec?.purpose === 'case_access' ? spec.purpose : 'case');
  if (p?.startsWith('inquiry:')) return row.caseNumber ? onCase('inquiry') : PURPOSE_LABELS.inquiry;
  const code = p ? PURPOSE_CODES[p] : undefined;
  if (code) return code === 'case' || code === 'risk' ? onCase(code) : PURPOSE_LABELS[code];
  if (p) return p;
  if (spec?.purpose) return spec.purpose === 'case' || spec.purpose === 'risk' || spec.purpose === 'case_access' ? onCase(spec.purpose) : PURPOSE_LABELS[spec.purpose];
  return null;
}

export interface AuditEventSpec {
  use: UseType;
  /** Danish, shown to the auditor. */
  label: string;
  /** The purpose kind the event serves (rendered when the row has no purpose reference of its own). */
  purpose?: PurposeKind;
  /**
   * The shape of `details` (zod, a strict object; `z.strictObject({})` for none). Every event declares one: it
   * types recordAudit's `details` for the event and is checked when the row is written (outside production), so
   * ids and codes stay ids and codes and a name or a free text cannot slip in unseen.
   */
  details: ZodType<AuditDetailsShape>;
}

/** What details may hold: ids, codes and field names only, never content. */
export type AuditDetailsShape = Record<string, string | number | boolean | null | string[]>;

/** Each module declares its audit events with this in `<module>.audit.ts`; src/server/audit.catalogue.ts gathers them. */
export function defineAuditEvents<const T extends Record<string, AuditEventSpec>>(events: T): T {
  return events;
}

/**
 * Every event type of the running system. Empty here: src/server/audit.catalogue.ts (above platform and the
 * modules) augments it, so platform names no module.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AuditCatalogue {}
export type AuditEventType = keyof AuditCatalogue & string;

/** The details an event type declares (its zod shape). */
export type DetailsOf<T extends AuditEventType> = AuditCatalogue[T] extends { details: ZodType<infer D> } ? D : never;

const registry = new Map<string, AuditEventSpec>();

/** Called once by the catalogue when it loads. */
export function registerAuditCatalogue(events: Record<string, AuditEventSpec>): void {
  for (const [type, spec] of Object.entries(events)) registry.set(type, spec);
}

/** The declared spec of an event type; an unknown type is a programming error, never a silent row. */
export function auditSpecOf(type: string): AuditEventSpec {
  const spec = registry.get(type);
  if (!spec) throw new Error(`Audit event type ${type} is not in the catalogue (is src/server/audit.catalogue.ts loaded?)`);
  return spec;
}

/** The registered event types with their specs (the auditor's filter list). */
export const auditCatalogueEntries = (): [AuditEventType, AuditEventSpec][] => [...registry.entries()] as [AuditEventType, AuditEventSpec][];
export const isAuditEventType = (type: string): type is AuditEventType => registry.has(type);
