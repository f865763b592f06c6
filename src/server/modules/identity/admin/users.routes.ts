import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../platform/app-context.js';
import { actorOf } from '../../../platform/http/session.js';
import * as usersService from './users.service.js';
import { AdminUser, CreatedUser, CreateUserBody, OneTimePassword, UpdateUserBody, UserIdParams } from './users.schemas.js';

/** User administration. Every route needs users.manage; any other role gets 404 as if it did not exist. */
export async function adminUsersRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const config = { permission: 'users.manage' as const };
  const tags = ['admin'];

  r.get('/api/admin/users', { config, schema: { tags, response: { 200: z.object({ users: z.array(AdminUser) }) } } }, async (request) => ({
    users: await usersService.listUsers(ctx.db, actorOf(request)),
  }));

  r.post('/api/admin/users', { config, schema: { tags, body: CreateUserBody, response: { 201: CreatedUser } } }, async (request, reply) => {
    const created = await usersService.createUser(ctx.db, actorOf(request), request.body);
    return reply.code(201).send(created);
  });

  r.get('/api/admin/users/:id', { config, schema: { tags, params: UserIdParams, response: { 200: AdminUser } } }, async (request) =>
    usersService.getUser(ctx.db, actorOf(request), request.params.id),
  );

  r.patch('/api/admin/users/:id', { config, schema: { tags, params: UserIdParams, body: UpdateUserBody, response: { 200: AdminUser } } }, async (request) =>
    usersService.updateUser(ctx.db, actorOf(request), request.params.id, request.body),
  );

  r.post('/api/admin/users/:id/deactivate', { config, schema: { tags, params: UserIdParams, response: { 200: AdminUser } } }, async (request) =>
    usersService.setActive(ctx.db, actorOf(request), request.params.id, false),
  );

  r.post('/api/admin/users/:id/activate', { config, schema: { tags, params: UserIdParams, response: { 200: AdminUser } } }, async (request) =>
    usersService.setActive(ctx.db, actorOf(request), request.params.id, true),
  );

  r.post('/api/admin/users/:id/reset-password', { config, schema: { tags, params: UserIdParams, response: { 200: OneTimePassword } } }, async (request) =>
    usersService.resetPassword(ctx.db, actorOf(request), request.params.id),
  );

  r.post('/api/admin/users/:id/reset-mfa', { config, schema: { tags, params: UserIdParams, response: { 200: AdminUser } } }, async (request) =>
    usersService.resetUserMfa(ctx.db, actorOf(request), request.params.id),
  );

  r.post('/api/admin/users/:id/unlink-sso', { config, schema: { tags, params: UserIdParams, response: { 200: AdminUser } } }, async (request) =>
    usersService.unlinkSso(ctx.db, actorOf(request), request.params.id),
  );
}
