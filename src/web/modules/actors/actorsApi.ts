import type { z } from 'zod';
import { api } from '../../app/api';
import type { ActorDirectoryList, AddActorBody, CaseActorList, CaseActorView } from '../../../server/modules/actors/actors.schemas';

/** The actors API, typed from the server's own schemas (types only). */
export type CaseActor = z.infer<typeof CaseActorView>;
export type DirectoryActor = z.infer<typeof ActorDirectoryList>['items'][number];
export type AddActorInput = z.input<typeof AddActorBody>;

export const listActors = (caseId: string) => api<z.infer<typeof CaseActorList>>('GET', `/api/cases/${caseId}/actors`);
export const addActor = (caseId: string, body: AddActorInput) => api<CaseActor>('POST', `/api/cases/${caseId}/actors`, body);
export const actorDirectory = (municipalityCode: string) =>
  api<z.infer<typeof ActorDirectoryList>>('GET', `/api/actor-directory?municipalityCode=${encodeURIComponent(municipalityCode)}`);
