import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/app-context.js';
import { queryRows } from '../../platform/db/client.js';
import { createCaseRow } from '../../../../test/support/factories.js';
import { currentInstrument, factorCodes } from './risk.instrument.js';
import type { AssessmentContent } from './risk.schemas.js';

/** Test data for the risk module (imported by tests only). */
export async function riskCase(ctx: AppContext, opts: { municipalityCode: string; participants?: { userId: string; role: 'RESPONSIBLE_CASEWORKER' | 'CONSULTANT' }[]; consent: boolean }) {
  // Without the risk consent the case still has a consent to sparring (DOMAIN.md § 11.1), so the municipality's
  // caseworker sees it and meets the risk gate (409) rather than a case that is not theirs (404).
  const c = await createCaseRow(ctx, { municipalityCode: opts.municipalityCode, participants: opts.participants, basis: 'NONE' });
  await grantRiskConsent(ctx, c.id, opts.consent ? undefined : ['KONKRET_SAGSSPARRING']);
  return c;
}

/**
 * Gives the case an inquiry with a consent covering RISIKOVURDERING (rows as intake's API would write them). The
 * giver is a værge: the case's citizen age is unknown here, and only a værge's consent fits any age (consentAllows).
 */
export async function grantRiskConsent(ctx: AppContext, caseId: string, scopes: string[] = ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING']) {
  // A case that already came from an inquiry gets the consent on that inquiry; otherwise it gets one.
  let [inq] = await queryRows<{ id: string }>(ctx.db, sql`SELECT inquiry_id AS id FROM cases WHERE id = ${caseId} AND inquiry_id IS NOT NULL`);
  if (!inq) {
    [inq] = await queryRows<{ id: string }>(ctx.db, sql`
      INSERT INTO inquiries (received_at, channel, initiator_role, anonymous, concern_types)
      VALUES (now(), 'TELEFON', 'SAGSBEHANDLER', false, ARRAY['AERE']) RETURNING id`);
    await ctx.db.execute(sql`UPDATE cases SET inquiry_id = ${inq!.id} WHERE id = ${caseId}`);
  }
  const list = sql.join(scopes.map((s) => sql`${s}`), sql`, `);
  const [consent] = await queryRows<{ id: string }>(ctx.db, sql`
    INSERT INTO consents (inquiry_id, giver, scopes, given_at, channel)
    VALUES (${inq!.id}, 'VAERGE', ARRAY[${list}]::text[], current_date, 'TELEFON') RETURNING id`);
  return consent!.id;
}

export async function withdrawConsentRow(ctx: AppContext, consentId: string) {
  await ctx.db.execute(sql`UPDATE consents SET withdrawn_at = now() WHERE id = ${consentId}`);
}

/** A complete assessment: every factor rated, two perpetrators, a scenario with a measure, a recommendation. */
export function fullContent(overrides: Partial<AssessmentContent['conclusions']> = {}): AssessmentContent {
  const inst = currentInstrument();
  return {
    background: {
      sources: 'Samtale med skolens AKT-lærer; samtale med borgeren alene',
      persons: 'Borgeren (16), far, storebror, mor',
      familyStructure: 'Kernefamilie, farbror har stor indflydelse',
      latestIncident: 'Trussel om at blive sendt ud af landet efter en fest',
      earlierProblems: 'Søsteren blev gift som 17-årig',
    },
    perpetrators: [
      { id: randomUUID(), personId: null, description: 'Far' },
      { id: randomUUID(), personId: null, description: 'Storebror' },
    ],
    factors: Object.fromEntries(
      factorCodes(inst).map((code, i) => [code, { now: (['JA', 'DELVIS', 'NEJ', 'UKENDT'] as const)[i % 4] ?? null, past: 'NEJ' as const, rationale: `Begrundelse ${code}`, sources: 'Borgeren' }]),
    ),
    otherConsiderations: [],
    scenarios: [
      {
        id: randomUUID(), title: 'Udrejse i sommerferien', description: 'Familien rejser med borgeren uden returbillet', level: 'HOEJ',
        measures: [{ id: randomUUID(), text: 'Kontakt politiet om pasinddragelse' }],
      },
    ],
    conclusions: {
      seriousViolence: 'MODERAT', imminent: false,
      likelyVictims: [{ id: randomUUID(), personId: null, description: 'Borgeren' }, { id: randomUUID(), personId: null, description: 'Lillesøster' }],
      otherRisks: 'Social isolation', rationale: 'Trusler fra flere i familien', ...overrides,
    },
    recommendations: [{ id: randomUUID(), text: 'Sikkerhedsplan med skolen inden fredag' }],
  };
}
