import { fieldCryptoFor } from '../../../src/server/platform/crypto/fields.js';
import { requireCaseInScope } from '../../../src/server/modules/case-core/cases.scope.js';
import { CreateMeasureBody } from '../../../src/server/modules/safety/measures.schemas.js';
import { proposeMeasure } from '../../../src/server/modules/safety/measures.service.js';
import { safeContacts } from '../../../src/server/modules/safety/safety.tables.js';
import { inTx, svcOf } from '../../../src/server/shared/svc.js';
import type { AuthzEnv, RouteEntry } from '../format.js';
import { CASE_ROLES_OK } from '../format.js';
import { owner, ownerWhoSeesCase } from '../fixtures.js';

/**
 * The safety plan, the sealed safe contact and the measures register: reads with case.read (consultant,
 * caseworker, admin on the case), writes with case.update (consultant, caseworker). The reveal is for
 * participants with a role on the case only: the matrix's caseworker is the responsible one; its consultant sees
 * the case by region without being a participant, so it is refused (403) past the gate.
 */
const caseWork = (status: number) => ({ consultant: status, caseworker: status });

async function withSafeContact(e: AuthzEnv) {
  const o = await owner(e);
  const sealedEnc = fieldCryptoFor(e.ctx.config).encrypt(JSON.stringify({ codeWord: 'Solsikke', safeNumber: '20 30 40 50', safeTimes: 'Hverdage 8–9', notes: '' }));
  await e.ctx.db.insert(safeContacts).values({ caseId: e.caseId, sealedEnc, recordedBy: o.userId });
  return {};
}

async function withMeasure(e: AuthzEnv) {
  const o = await owner(e);
  const c = await requireCaseInScope(e.ctx.db, o, e.caseId);
  const svc = svcOf(e.ctx);
  const m = await e.ctx.db.transaction((tx) =>
    proposeMeasure(inTx(svc, tx), o, c, CreateMeasureBody.parse({ measureType: 'VOLDSALARM', owner: { userId: o.userId } })));
  return { mid: m.id };
}

export const safetyEntries: RouteEntry[] = [
  { method: 'GET', path: '/api/cases/:id/safety-plan', audits: ['safety.plan_read'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'PUT',
    path: '/api/cases/:id/safety-plan',
    audits: ['safety.plan_updated'],
    caseScoped: true,
    body: () => ({ version: 0, content: { citizenWords: 'Jeg vil gerne blive på skolen', agreedOn: '2026-01-12' } }),
    expect: { inScope: caseWork(200) },
    mutates: ['safety_plans', 'journal_entries'],
  },
  { method: 'GET', path: '/api/cases/:id/safety-plan.pdf', audits: ['safety.plan_exported'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'PUT',
    path: '/api/cases/:id/safety-plan/safe-contact',
    audits: ['safety.safe_contact_recorded'],
    caseScoped: true,
    body: () => ({ codeWord: 'Solsikke', safeNumber: '20 30 40 50', safeTimes: 'Hverdage 8–9' }),
    expect: { inScope: caseWork(200) },
    mutates: ['safe_contacts', 'journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/safety-plan/safe-contact/reveal',
    audits: ['safety.safe_contact_revealed'],
    caseScoped: true,
    setup: withSafeContact,
    body: () => ({ purpose: 'Borgeren ringer fra et nyt nummer' }),
    expect: { inScope: { caseworker: 200, consultant: 403 } },
  },
  {
    method: 'POST',
    path: '/api/cases/:id/measures',
    audits: ['safety.measure_created'],
    caseScoped: true,
    body: (e) => ({ measureType: 'SKOLE_INFORMERET', status: 'FORESLAAET', owner: ownerWhoSeesCase(e) }),
    expect: { inScope: caseWork(201) },
    mutates: ['safety_measures', 'journal_entries'],
  },
  { method: 'GET', path: '/api/cases/:id/measures', audits: ['safety.measures_listed'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'PATCH',
    path: '/api/measures/:mid',
    audits: ['safety.measure_updated'],
    caseScoped: true,
    setup: withMeasure,
    url: (e) => `/api/measures/${e.ids.mid}`,
    body: () => ({ version: 1, status: 'IVAERKSAT' }),
    expect: { inScope: caseWork(200) },
    mutates: ['journal_entries'],
  },
  { method: 'GET', path: '/api/cases/:id/measures/coverage', audits: ['safety.coverage_read'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  { method: 'GET', path: '/api/measure-guidance', url: () => '/api/measure-guidance?municipalityCode=165', expect: CASE_ROLES_OK(200) },
];
