import { sql } from 'drizzle-orm';
import { svcOf } from '../../../src/server/shared/svc.js';
import { addPerson } from '../../../src/server/modules/cases/cases.service.js';
import { AddPersonBody } from '../../../src/server/modules/cases/cases.schemas.js';
import { recordConsent } from '../../../src/server/modules/consent/consent.service.js';
import { caseBody, cprForAge } from '../../../src/server/modules/intake/intake.fixtures.js';
import type { AuthzEnv, RouteEntry } from '../format.js';
import { CASE_ROLES_OK } from '../format.js';
import { actorFor, custodyConsent, inquiry, otherCaseworker, owner } from '../fixtures.js';

/**
 * Cases (DOMAIN.md § 2): read by consultant, caseworker and admin in their scope; changed by consultant and
 * caseworker only (admin has case.read but not case.update / case.handover).
 */
const caseWork = (status: number) => ({ consultant: status, caseworker: status });

/**
 * An unopened inquiry with a custody holder's consent, in the caller's inquiry scope: a caller who may register
 * inquiries registers it (a caseworker sees only their own unopened ones); for the others the owner does.
 */
async function openableInquiry(e: AuthzEnv) {
  const who = e.who === 'consultant' || e.who === 'caseworker' ? e.users[e.who].id : null;
  const actor = who ? await actorFor(e.ctx, who) : await actorFor(e.ctx, e.target.id);
  const inq = await inquiry(e.ctx, actor, '165');
  await recordConsent(svcOf(e.ctx), actor, inq.id, custodyConsent());
  return { inquiryId: inq.id };
}

const person = (name: string) => AddPersonBody.parse({ name, role: 'MULIG_GERNINGSPERSON', relation: 'Far' });

export const casesEntries: RouteEntry[] = [
  {
    method: 'POST',
    path: '/api/cases',
    audits: ['case.created'],
    setup: openableInquiry,
    // A consultant names the responsible caseworker (the matrix caseworker is in 165, the case's municipality).
    body: (e) => caseBody(e.ids.inquiryId!, {}, { responsibleCaseworkerId: e.users.caseworker.id }),
    expect: caseWork(201),
    mutates: ['cases', 'case_participants', 'case_persons', 'journal_entries'],
  },
  { method: 'GET', path: '/api/cases', audits: ['case.listed'], expect: CASE_ROLES_OK(200) },
  { method: 'POST', path: '/api/cases/search', audits: ['case.searched'], body: () => ({ cpr: cprForAge(16) }), expect: CASE_ROLES_OK(200) },
  { method: 'GET', path: '/api/cases/caseworker-options', url: () => '/api/cases/caseworker-options?municipalityCode=165', expect: caseWork(200) },
  { method: 'GET', path: '/api/cases/:id', audits: ['case.read'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'PATCH',
    path: '/api/cases/:id',
    audits: ['case.updated'],
    caseScoped: true,
    body: () => ({ acute: true, status: 'KOORDINERING' }),
    expect: { inScope: caseWork(200) },
    mutates: ['journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/handover',
    audits: ['case.handed_over'],
    caseScoped: true,
    setup: async (e) => ({ caseworkerId: (await otherCaseworker(e.ctx)).id }),
    body: (e) => ({ municipalityCode: '165', caseworkerId: e.ids.caseworkerId, reason: 'Borgeren er flyttet i kommunen' }),
    // Direct advice only: handing over to a municipal account is refused (DOMAIN.md § 11.1).
    expect: { inScope: caseWork(200), directAdviceOnly: { consultant: 409 } },
    mutates: ['case_participants', 'journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/close',
    audits: ['case.closed'],
    caseScoped: true,
    body: () => ({ outcome: 'AFSLUTTET', reason: 'Borgeren er i sikkerhed', evaluation: 'Samarbejdet med skolen virkede' }),
    expect: { inScope: caseWork(200) },
    mutates: ['journal_entries', 'case_closure_evaluations'],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/reopen',
    audits: ['case.reopened'],
    caseScoped: true,
    setup: async (e) => {
      await e.ctx.db.execute(sql`UPDATE cases SET status = 'AFSLUTTET', closure_outcome = 'AFSLUTTET', closed_at = now() WHERE id = ${e.caseId}`);
      return {};
    },
    body: () => ({ reason: 'Ny henvendelse fra skolen' }),
    expect: { inScope: caseWork(200) },
    mutates: ['journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/duty-to-notify',
    audits: ['case.duty_to_notify_fulfilled'],
    caseScoped: true,
    // The citizen is a minor: the duty to notify (Barnets lov § 133) applies.
    setup: async (e) => {
      await e.ctx.db.execute(sql`UPDATE cases SET citizen_minor = true, duty_to_notify_applies = true WHERE id = ${e.caseId}`);
      return {};
    },
    body: () => ({ fulfilledAt: '2026-01-12', notifiedMunicipalityCode: '165' }),
    expect: { inScope: caseWork(200) },
    mutates: ['journal_entries'],
  },
  {
    method: 'POST',
    path: '/api/cases/:id/persons',
    audits: ['case.person_added'],
    caseScoped: true,
    body: () => ({ name: 'Farbror Testesen', role: 'MULIG_GERNINGSPERSON', relation: 'Farbror' }),
    expect: { inScope: caseWork(201) },
    mutates: ['case_persons'],
  },
  {
    method: 'PATCH',
    path: '/api/cases/:id/persons/:personId',
    audits: ['case.person_updated'],
    caseScoped: true,
    setup: async (e) => ({ personId: (await addPerson(svcOf(e.ctx), await owner(e), e.caseId, person('Far Testesen'))).id }),
    url: (e) => `/api/cases/${e.caseId}/persons/${e.ids.personId}`,
    body: () => ({ address: 'Testvej 1, 2620 Albertslund' }),
    expect: { inScope: caseWork(200) },
  },
];
