import type { RouteEntry } from '../format.js';
import { platformEntries } from './platform.js';
import { authEntries } from './auth.js';
import { auditEntries } from './audit.js';
import { caseAccessEntries } from './case-access.js';
import { directoryEntries } from './directory.js';
import { identityEntries } from './identity.js';
import { intakeEntries } from './intake.js';
import { consentEntries } from './consent.js';
import { casesEntries } from './cases.js';
import { journalEntries } from './journal.js';
import { riskEntries } from './risk.js';
import { actionsEntries } from './actions.js';
import { involvementEntries } from './involvement.js';
import { statisticsEntries } from './statistics.js';
import { actorsEntries } from './actors.js';
import { safetyEntries } from './safety.js';
import { coordinationEntries } from './coordination.js';
import { preparednessEntries } from './preparedness.js';
import { travelEntries } from './travel.js';

/** One line per module, like the MODULES list in src/server/app.ts. */
export const ENTRIES: RouteEntry[] = [
  ...platformEntries,
  ...authEntries,
  // directory
  ...directoryEntries,
  // identity
  ...identityEntries,
  ...auditEntries,
  ...caseAccessEntries,
  // intake
  ...intakeEntries,
  ...consentEntries,
  ...casesEntries,
  ...journalEntries,
  // risk
  ...riskEntries,
  ...actionsEntries,
  ...involvementEntries,
  // statistics
  ...statisticsEntries,
  ...actorsEntries,
  ...safetyEntries,
  // travel
  ...travelEntries,
  // coordination
  ...coordinationEntries,
  // preparedness, knowledge
  ...preparednessEntries,
];
