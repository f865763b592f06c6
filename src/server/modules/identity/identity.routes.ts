import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/app-context.js';
import { adminScopesRoutes } from './admin/scopes.routes.js';
import { adminUsersRoutes } from './admin/users.routes.js';
import { meRoutes } from './me/me.routes.js';
import { oidcRoutes } from './sso/oidc.routes.js';

export async function identityRoutes(app: FastifyInstance, ctx: AppContext) {
  await meRoutes(app, ctx);
  await adminUsersRoutes(app, ctx);
  await adminScopesRoutes(app, ctx);
  await oidcRoutes(app, ctx);
}
