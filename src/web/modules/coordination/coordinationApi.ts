import type { z } from 'zod';
import { api } from '../../app/api';
import type { TaskList, TaskView, GatherResult, HandoverOwnersView } from '../../../server/modules/tasks/tasks.schemas';
import type { WorkQueue } from '../../../server/modules/work/work.schemas';
import type { FollowUpList, FollowUpView } from '../../../server/modules/followup/followup.schemas';
import type { ClosurePreview } from '../../../server/modules/cases/closing.schemas';

export type Task = z.infer<typeof TaskView>;
export type Work = z.infer<typeof WorkQueue>;
export type FollowUps = z.infer<typeof FollowUpList>;
export type Closure = z.infer<typeof ClosurePreview>;
export type Owner = { userId: string } | { actorId: string };

export const getWork = () => api<Work>('GET', '/api/me/work');
export const listTasks = (caseId: string) => api<z.infer<typeof TaskList>>('GET', `/api/cases/${caseId}/tasks`);
export const createTask = (caseId: string, body: { title: string; owner: Owner; deadline: string }) => api<Task>('POST', `/api/cases/${caseId}/tasks`, body);
export const patchTask = (id: string, body: { version: number; status?: string; outcome?: string }) => api<Task>('PATCH', `/api/tasks/${id}`, body);
export const gatherTasks = (caseId: string, body: { assessmentId: string; owner: Owner; deadline: string }) =>
  api<z.infer<typeof GatherResult>>('POST', `/api/cases/${caseId}/tasks/gathering`, body);
export const tasksFromActionCard = (caseId: string, body: { slug: string; stepIds: string[]; owner: Owner; deadline: string }) =>
  api<z.infer<typeof GatherResult>>('POST', `/api/cases/${caseId}/tasks/action-card`, body);
export const listFollowUps = (caseId: string) => api<FollowUps>('GET', `/api/cases/${caseId}/follow-ups`);
export const recordFollowUp = (caseId: string, body: { followedUpOn: string; checked: string; riskLevel: string; imminent: boolean }) =>
  api<z.infer<typeof FollowUpView>>('POST', `/api/cases/${caseId}/follow-ups`, body);
export const getClosure = (caseId: string) => api<Closure>('GET', `/api/cases/${caseId}/closure`);
export const getNotifications = () => api<{ email: string | null; emailReminders: boolean }>('GET', '/api/me/notifications');
export const putNotifications = (body: { email: string; emailReminders: boolean }) => api<{ email: string | null; emailReminders: boolean }>('PUT', '/api/me/notifications', body);
export const listActors = (caseId: string) => api<{ items: { id: string; name: string; actorType: string }[] }>('GET', `/api/cases/${caseId}/actors`);

export type HandoverOwners = z.infer<typeof HandoverOwnersView>;
export type HandoverDecision = { kind: 'TASK' | 'MEASURE'; id: string; version?: number; owner: Owner };
export const getHandoverOwners = (caseId: string) => api<HandoverOwners>('GET', `/api/cases/${caseId}/handover/owners`);
export const decideHandoverOwners = (caseId: string, decisions: HandoverDecision[]) =>
  api<HandoverOwners>('POST', `/api/cases/${caseId}/handover/owners`, { decisions });
