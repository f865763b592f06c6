/**
 * The typed catalogue of audit events. Each module declares its own events in `<module>.audit.ts` with
 * `defineAuditEvents` and adds one line below; `recordAudit` accepts only these types.
 */
export type { UseType, AuditEventSpec } from './define.js';
import { authAuditEvents } from '../../modules/auth/auth.audit.js';
import { identityAuditEvents } from '../../modules/identity/identity.audit.js';
import { auditAuditEvents } from '../../modules/audit/audit.audit.js';
import { caseAccessAuditEvents } from '../../modules/case-access/case-access.audit.js';
import { intakeAuditEvents } from '../../modules/intake/intake.audit.js';
import { consentAuditEvents } from '../../modules/consent/consent.audit.js';
import { casesAuditEvents } from '../../modules/cases/cases.audit.js';
import { journalAuditEvents } from '../../modules/journal/journal.audit.js';
import { riskAuditEvents } from '../../modules/risk/risk.audit.js';
import { actionsAuditEvents } from '../../modules/actions/actions.audit.js';
import { preparednessAuditEvents } from '../../modules/preparedness/preparedness.audit.js';
import { directoryAuditEvents } from '../../modules/directory/directory.audit.js';

export const AUDIT_EVENTS = {
  ...authAuditEvents,
  // identity (0010+)
  ...identityAuditEvents,
  // audit (0020+)
  ...auditAuditEvents,
  ...caseAccessAuditEvents,
  // intake (0030+)
  ...intakeAuditEvents,
  ...consentAuditEvents,
  ...casesAuditEvents,
  ...journalAuditEvents,
  // risk (0040+)
  ...riskAuditEvents,
  ...actionsAuditEvents,
  // preparedness (0110+)
  ...preparednessAuditEvents,
  ...directoryAuditEvents,
} as const;

export type AuditEventType = keyof typeof AUDIT_EVENTS;
