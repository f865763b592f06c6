export type UseType = 'read' | 'search' | 'create' | 'update' | 'delete' | 'export' | 'login' | 'denied' | 'system';

export interface AuditEventSpec {
  use: UseType;
  /** Danish, shown to the auditor. */
  label: string;
}

/** Each module declares its audit events with this in `<module>.audit.ts`; catalogue.ts gathers them. */
export function defineAuditEvents<const T extends Record<string, AuditEventSpec>>(events: T): T {
  return events;
}
