import type { RouteEntry } from '../format.js';
import { platformEntries } from './platform.js';
import { authEntries } from './auth.js';
import { auditEntries } from './audit.js';
import { caseAccessEntries } from './case-access.js';

/** One line per module, like the MODULES list in src/server/app.ts. */
export const ENTRIES: RouteEntry[] = [
  ...platformEntries,
  ...authEntries,
  // directory
  // identity
  ...auditEntries,
  ...caseAccessEntries,
  // intake
  // risk
];
