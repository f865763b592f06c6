import type { RouteEntry } from '../format.js';
import { PlanContent } from '../../../src/server/modules/preparedness/preparedness.schemas.js';
import { insertPlan, planOf } from '../../../src/server/modules/preparedness/preparedness.repository.js';
import { partnerDirectory } from '../../../src/server/modules/directory/partners.service.js';

// The matrix's municipal team, caseworker and consultant all belong to Albertslund (165) / Region Hovedstaden.
const readers = { consultant: 200, caseworker: 200, municipal_team: 200 };
const ensurePlan = async (e: { ctx: import('../../../src/server/platform/app-context.js').AppContext }) => {
  await insertPlan(e.ctx.db, { code: '165', content: PlanContent.parse({ purpose: 'Matrixplan' }), adoptedOn: '2024-01-01', revisionDueOn: '2028-01-01', userId: null });
  return { version: String((await planOf(e.ctx.db, '165'))!.version) };
};

export const preparednessEntries: RouteEntry[] = [
  { method: 'GET', path: '/api/municipalities/:code/preparedness-plan', url: () => '/api/municipalities/165/preparedness-plan', expect: readers },
  {
    method: 'PUT',
    path: '/api/municipalities/:code/preparedness-plan',
    url: () => '/api/municipalities/165/preparedness-plan',
    setup: ensurePlan,
    body: (e) => ({ version: Number(e.ids.version), adoptedOn: '2024-01-01', content: { purpose: 'Gemt af teamet' } }),
    expect: { municipal_team: 200 },
    audits: ['preparedness.plan_updated'],
  },
  {
    method: 'GET',
    path: '/api/municipalities/:code/preparedness-plan.pdf',
    url: () => '/api/municipalities/165/preparedness-plan.pdf',
    setup: ensurePlan,
    expect: readers,
    audits: ['preparedness.plan_exported'],
  },
  { method: 'GET', path: '/api/preparedness/overview', expect: { consultant: 200, analyst: 200, municipal_team: 200 } },
  { method: 'GET', path: '/api/admin/directory', expect: { admin: 200 } },
  {
    method: 'PUT',
    path: '/api/admin/directory/actors/:id',
    url: () => '/api/admin/directory/actors/viso',
    setup: async (e) => ({ version: String((await partnerDirectory(e.ctx.db)).actors.find((a) => a.id === 'viso')!.version) }),
    body: (e) => ({ version: Number(e.ids.version), name: 'VISO', phone: '72 42 40 00', hours: 'Hverdage', description: 'Rådgivning', eligibility: 'Fagpersoner', alwaysOpen: false }),
    expect: { admin: 200 },
    audits: ['directory.partner_updated'],
  },
  {
    method: 'PUT',
    path: '/api/admin/directory/consultants/:id',
    url: () => '/api/admin/directory/consultants/nana',
    setup: async (e) => ({ version: String((await partnerDirectory(e.ctx.db)).consultants.find((c) => c.id === 'nana')!.version) }),
    body: (e) => ({ version: Number(e.ids.version), name: 'Nana', phone: '25 20 28 46', speciality: null, concernTypes: [], regions: ['Region Nordjylland'] }),
    expect: { admin: 200 },
    audits: ['directory.partner_updated'],
  },
  {
    method: 'GET',
    path: '/api/directory/consultants/suggest',
    url: () => '/api/directory/consultants/suggest?municipality=165&concern=NSK',
    expect: { consultant: 200, caseworker: 200, municipal_team: 200, analyst: 200 },
  },
  { method: 'GET', path: '/api/knowledge', expect: { anonymous: 200, others: 200 } },
  { method: 'GET', path: '/api/knowledge/:slug', url: () => '/api/knowledge/negativ-social-kontrol', expect: { anonymous: 200, others: 200 } },
];
