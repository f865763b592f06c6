import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { actorOf } from '../../platform/http/session.js';
import { svcOf } from '../../shared/svc.js';
import { ActionCardTasksBody, ActionCardTasksResult, CreateTaskBody, DecideHandoverBody, GatherBody, GatherResult, HandoverOwnersView, PatchTaskBody, TaskList, TaskParams, TaskView } from './tasks.schemas.js';
import { CaseIdParams } from '../case-core/params.js';
import { createTask, gatherFromAssessment, listTasks, patchTask, tasksFromActionCard } from './tasks.service.js';
import { decideHandoverOwners, handoverOwners } from './tasks.handover.js';

export async function tasksRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tasks'];
  const svc = svcOf(ctx);

  r.get('/api/cases/:id/tasks', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseIdParams, response: { 200: TaskList } },
  }, async (request) => listTasks(svc, actorOf(request), request.params.id));

  r.post('/api/cases/:id/tasks', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: CreateTaskBody, response: { 201: TaskView } },
  }, async (request, reply) => reply.code(201).send(await createTask(svc, actorOf(request), request.params.id, request.body)));

  r.patch('/api/tasks/:tid', {
    config: { permission: 'case.update' },
    schema: { tags, params: TaskParams, body: PatchTaskBody, response: { 200: TaskView } },
  }, async (request) => patchTask(svc, actorOf(request), request.params.tid, request.body));

  r.post('/api/cases/:id/tasks/gathering', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: GatherBody, response: { 201: GatherResult } },
  }, async (request, reply) => reply.code(201).send(await gatherFromAssessment(svc, actorOf(request), request.params.id, request.body)));

  r.post('/api/cases/:id/tasks/action-card', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: ActionCardTasksBody, response: { 201: ActionCardTasksResult } },
  }, async (request, reply) => reply.code(201).send(await tasksFromActionCard(svc, actorOf(request), request.params.id, request.body)));

  // After a handover: what the previous caseworker owned, and the receiver's choice to take over or reassign.
  r.get('/api/cases/:id/handover/owners', {
    config: { permission: 'case.read' },
    schema: { tags, params: CaseIdParams, response: { 200: HandoverOwnersView } },
  }, async (request) => handoverOwners(svc, actorOf(request), request.params.id));

  r.post('/api/cases/:id/handover/owners', {
    config: { permission: 'case.update' },
    schema: { tags, params: CaseIdParams, body: DecideHandoverBody, response: { 200: HandoverOwnersView } },
  }, async (request) => decideHandoverOwners(svc, actorOf(request), request.params.id, request.body));
}
