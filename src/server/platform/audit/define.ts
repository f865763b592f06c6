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

/** Each module declares its audit events with this in `<module>.audit.ts`; catalogue.ts gathers them. */
export function defineAuditEvents<const T extends Record<string, AuditEventSpec>>(events: T): T {
  return events;
}
