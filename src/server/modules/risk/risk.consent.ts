import type { Db } from '../../platform/db/client.js';
import { conflict } from '../../platform/http/errors.js';
import { consentAllows } from '../consent/consent.service.js';
import type { CaseInScope } from '../case-core/cases.scope.js';

/**
 * The one place the risk module asks whether an assessment may be made (DOMAIN.md § 4.2): a consent with scope
 * RISIKOVURDERING or a recorded other legal basis. Withdrawal stops further processing, so every write asks.
 */
export async function requireAssessmentConsent(db: Db, c: CaseInScope): Promise<void> {
  if (!(await consentAllows(db, c, 'RISIKOVURDERING'))) {
    throw conflict('risk.consent_required', 'En risikovurdering kræver et samtykke med omfanget "risikovurdering" eller et registreret andet retsgrundlag.');
  }
}
