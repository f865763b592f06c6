/**
 * The typed catalogue of audit events. Each module declares its own events in `<module>.audit.ts` with
 * `defineAuditEvents` and adds one line below; `recordAudit` accepts only these types.
 *
 * It lives ABOVE platform and the modules (beside app.ts), so the arrows point one way: modules import
 * platform's `defineAuditEvents`; this file imports the modules' audit files; platform imports neither. Platform
 * learns the events two ways: the type through the `AuditCatalogue` interface this file augments (so
 * `recordAudit` type-checks event names and details), the values through `registerAuditCatalogue` at load
 * (app.ts and the CLI import this file).
 */
import { registerAuditCatalogue } from './platform/audit/define.js';
export type { UseType, AuditEventSpec } from './platform/audit/define.js';
import { authAuditEvents } from './modules/auth/auth.audit.js';
import { identityAuditEvents } from './modules/identity/identity.audit.js';
import { auditAuditEvents } from './modules/audit/audit.audit.js';
import { caseAccessAuditEvents } from './modules/case-access/case-access.audit.js';
import { intakeAuditEvents } from './modules/intake/intake.audit.js';
import { consentAuditEvents } from './modules/consent/consent.audit.js';
import { casesAuditEvents } from './modules/cases/cases.audit.js';
import { journalAuditEvents } from './modules/journal/journal.audit.js';
import { riskAuditEvents } from './modules/risk/risk.audit.js';
import { actionsAuditEvents } from './modules/actions/actions.audit.js';
import { opsAuditEvents } from './modules/ops/ops.audit.js';
import { coordinationAuditEvents } from './modules/work/coordination.audit.js';
import { actorsAuditEvents } from './modules/actors/actors.audit.js';
import { safetyAuditEvents } from './modules/safety/safety.audit.js';
import { statisticsAuditEvents } from './modules/statistics/statistics.audit.js';
import { childVoiceAuditEvents } from './modules/child-voice/child-voice.audit.js';
import { preparednessAuditEvents } from './modules/preparedness/preparedness.audit.js';
import { directoryAuditEvents } from './modules/directory/directory.audit.js';
import { travelAuditEvents } from './modules/travel/travel.audit.js';

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
  ...childVoiceAuditEvents,
  // actors, safety (0070+)
  ...actorsAuditEvents,
  ...safetyAuditEvents,
  // coordination (0080+)
  ...coordinationAuditEvents,
  // statistics (0100+)
  ...statisticsAuditEvents,
  // ops (0130+)
  ...opsAuditEvents,
  // preparedness (0110+)
  ...preparednessAuditEvents,
  ...directoryAuditEvents,
  // travel (0140+)
  ...travelAuditEvents,
} as const;

export type AuditEventType = keyof typeof AUDIT_EVENTS;

type Catalogue = typeof AUDIT_EVENTS;
declare module './platform/audit/define.js' {
  interface AuditCatalogue extends Catalogue {}
}

registerAuditCatalogue(AUDIT_EVENTS);
