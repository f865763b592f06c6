import type { Actor, Role } from './actor.js';

/**
 * The one place that says what each role may do. Services ask `can`/`require` before anything else; which
 * rows a permitted actor may touch is then decided by the scope filters in the repositories
 * (e.g. modules/case-core/cases.scope.ts), so a forgotten check returns nothing rather than someone else's case.
 */
export const PERMISSIONS = [
  'users.manage',
  'audit.read',
  'audit.export_subject',
  'inquiry.create',
  'inquiry.read',
  'consent.record',
  'consent.other_legal_basis',
  'consent.municipal_decision',
  'case.create',
  'case.read',
  'case.update',
  'case.handover',
  'case.exclude_user',
  'case.journal',
  'risk.screen',
  'risk.assess',
  'statistics.read',
  'preparedness.manage',
  'preparedness.read',
  'preparedness.overview',
  'knowledge.staff',
  'directory.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const CASE_WORK: Permission[] = [
  'inquiry.create',
  'inquiry.read',
  'consent.record',
  'case.create',
  'case.read',
  'case.update',
  'case.handover',
  'case.journal',
  'risk.screen',
  'risk.assess',
];

export const GRANTS: Record<Role, readonly Permission[]> = {
  consultant: [...CASE_WORK, 'case.exclude_user', 'consent.municipal_decision', 'preparedness.read', 'preparedness.overview', 'knowledge.staff'],
  caseworker: [...CASE_WORK, 'case.exclude_user', 'consent.other_legal_basis', 'preparedness.read', 'knowledge.staff'],
  municipal_team: ['preparedness.manage', 'statistics.read', 'preparedness.read', 'preparedness.overview', 'knowledge.staff'],
  analyst: ['statistics.read', 'preparedness.overview', 'knowledge.staff'],
  // Admin sees no personal data by default: like anyone else, an admin must be added to a case.
  admin: ['users.manage', 'case.read', 'case.exclude_user', 'directory.manage'],
  auditor: ['audit.read', 'audit.export_subject'],
};

export function can(actor: Actor | null | undefined, permission: Permission): boolean {
  return !!actor && GRANTS[actor.role].includes(permission);
}
