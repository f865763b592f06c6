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

export interface AuditEventSpec {
  use: UseType;
  /** Danish, shown to the auditor. */
  label: string;
}

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
