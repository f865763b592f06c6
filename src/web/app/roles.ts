/**
 * Roles and what they may do, as the server decides them: the role list, the Danish role names and the grants
 * are imported from the server (types and plain constants only; nothing else of the server is bundled). The
 * web never keeps its own copy: which pages a role sees follows from the permission the page needs.
 */
import { ROLES, type Role } from '../../server/platform/access/actor';
import { ROLE_LABELS } from '../../server/shared/labels';
import { GRANTS, type Permission } from '../../server/platform/access/policy';

export { ROLES, ROLE_LABELS, GRANTS };
export type { Role, Permission };

/** The roles granted a permission, in the server's role order (e.g. the roles that may open the case pages). */
export const rolesWith = (permission: Permission): Role[] => ROLES.filter((r) => GRANTS[r].includes(permission));

/** Whether a signed-in user's role has a permission: for showing or hiding controls; the server decides. */
export const may = (user: { role: Role } | null | undefined, permission: Permission) => !!user && GRANTS[user.role].includes(permission);
