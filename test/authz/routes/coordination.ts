import { sql } from 'drizzle-orm';
import { fieldCryptoFor } from '../../../src/server/platform/crypto/fields.js';
import { queryRows } from '../../../src/server/platform/db/client.js';
import { todayIso } from '../../../src/server/shared/codes.js';
import type { AuthzEnv, RouteEntry } from '../format.js';
import { CASE_ROLES_OK } from '../format.js';
import { ownerWhoSeesCase, signedAssessment } from '../fixtures.js';

/**
 * Coordination: tasks, the work queue, follow-up, closure preview, reminder settings. Reading follows case.read,
 * writing case.update (consultant, caseworker). The work queue and one's own reminder settings belong to every
 * logged-in role (each queue provider is scoped to the caller).
 */
const caseWork = (status: number) => ({ consultant: status, caseworker: status });
const EVERY_ROLE = (status: number) => ({ consultant: status, caseworker: status, municipal_team: status, analyst: status, admin: status, auditor: status });

async function aTask(e: AuthzEnv) {
  const fc = fieldCryptoFor(e.ctx.config);
  const [row] = await queryRows<{ id: string }>(e.ctx.db, sql`
    INSERT INTO tasks (case_id, title_enc, owner_user_id, deadline, source_type, created_by)
    VALUES (${e.caseId}, ${fc.encrypt('Ring til skolen')}, ${e.users.caseworker.id}, current_date, 'MANUEL', ${e.users.caseworker.id}) RETURNING id`);
  return { tid: row!.id };
}

/** A task that waits after a handover: its owner (the matrix's outsider, no access to the case) handed the case on. */
async function aTaskAfterHandover(e: AuthzEnv) {
  const fc = fieldCryptoFor(e.ctx.config);
  const [row] = await queryRows<{ id: string }>(e.ctx.db, sql`
    INSERT INTO tasks (case_id, title_enc, owner_user_id, deadline, source_type, created_by, handover_from_user_id)
    VALUES (${e.caseId}, ${fc.encrypt('Ring til skolen')}, ${e.target.id}, current_date, 'MANUEL', ${e.target.id}, ${e.target.id}) RETURNING id`);
  return { tid: row!.id };
}

export const coordinationEntries: RouteEntry[] = [
  // After a handover: the receiver sees what waits and takes it over or reassigns it (issues 10, 11).
  {
    method: 'GET', path: '/api/cases/:id/handover/owners', audits: ['tasks.handover_owners_listed'], caseScoped: true, setup: aTaskAfterHandover,
    expect: { inScope: CASE_ROLES_OK(200) },
  },
  {
    method: 'POST', path: '/api/cases/:id/handover/owners', audits: ['tasks.updated', 'tasks.handover_owners_decided'], caseScoped: true,
    setup: aTaskAfterHandover,
    body: (e) => ({ decisions: [{ kind: 'TASK', id: e.ids.tid, version: 1, owner: ownerWhoSeesCase(e) }] }),
    expect: { inScope: caseWork(200) }, mutates: ['journal_entries'],
  },
  { method: 'GET', path: '/api/cases/:id/tasks', audits: ['tasks.listed'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'POST', path: '/api/cases/:id/tasks', audits: ['tasks.created'], caseScoped: true,
    body: (e) => ({ title: 'Indhent skoleudtalelse', owner: ownerWhoSeesCase(e), deadline: todayIso() }),
    expect: { inScope: caseWork(201) }, mutates: ['tasks'],
  },
  {
    method: 'PATCH', path: '/api/tasks/:tid', audits: ['tasks.updated'], caseScoped: true, setup: aTask,
    url: (e) => `/api/tasks/${e.ids.tid}`, body: () => ({ version: 1, status: 'UDFOERT', outcome: 'Skolen har svaret' }),
    expect: { inScope: caseWork(200) },
  },
  {
    method: 'POST', path: '/api/cases/:id/tasks/gathering', audits: ['tasks.gathered'], caseScoped: true,
    setup: async (e) => ({ aid: (await signedAssessment(e)).aid }),
    body: (e) => ({ assessmentId: e.ids.aid, owner: ownerWhoSeesCase(e), deadline: todayIso() }),
    expect: { inScope: caseWork(201) }, mutates: ['tasks'],
  },
  {
    method: 'POST', path: '/api/cases/:id/tasks/action-card', audits: ['tasks.from_action_card'], caseScoped: true,
    // The card that fits the matrix case's age (a card of the other age group is refused as not applying).
    setup: async (e) => {
      const [c] = await queryRows<{ minor: boolean | null }>(e.ctx.db, sql`SELECT citizen_minor AS minor FROM cases WHERE id = ${e.caseId}`);
      return { slug: c?.minor === false ? 'action-card-jobcenter-og-ydelse' : 'action-card-skole-og-dagtilbud' };
    },
    body: (e) => ({ slug: e.ids.slug, stepIds: ['tal-alene'], owner: ownerWhoSeesCase(e), deadline: todayIso() }),
    expect: { inScope: caseWork(201) }, mutates: ['tasks'],
  },
  { method: 'GET', path: '/api/me/work', audits: ['work.queue_read'], expect: EVERY_ROLE(200) },
  { method: 'GET', path: '/api/cases/:id/follow-ups', audits: ['followup.listed'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  {
    method: 'POST', path: '/api/cases/:id/follow-ups', audits: ['followup.recorded'], caseScoped: true,
    body: () => ({ followedUpOn: todayIso(), checked: 'Samtale med borgeren alene', riskLevel: 'MODERAT' }),
    expect: { inScope: caseWork(201) }, mutates: ['case_follow_ups', 'journal_entries'],
  },
  { method: 'GET', path: '/api/cases/:id/closure', audits: ['closure.previewed'], caseScoped: true, expect: { inScope: CASE_ROLES_OK(200) } },
  { method: 'GET', path: '/api/me/notifications', audits: ['reminders.settings_read'], expect: EVERY_ROLE(200) },
  {
    method: 'PUT', path: '/api/me/notifications', audits: ['reminders.settings_changed'],
    body: () => ({ email: 'medarbejder@skjold.example.dk', emailReminders: true }), expect: EVERY_ROLE(200),
  },
];
