import type { z } from 'zod';
import { api } from '../../app/api';
import type {
  CoverageView, CreateMeasureBody, GuidanceList, MeasureList, MeasureView, PatchMeasureBody,
} from '../../../server/modules/safety/measures.schemas';
import type { PutSafetyPlanBody, SafeContactBody, SafeContactView, SafetyPlanView } from '../../../server/modules/safety/plan.schemas';

/** The safety API, typed from the server's own schemas (types only: nothing of the server is bundled). */
export type SafetyPlan = z.infer<typeof SafetyPlanView>;
export type PlanContent = SafetyPlan['content'];
export type Measure = z.infer<typeof MeasureView>;
export type Coverage = z.infer<typeof CoverageView>;
export type Guidance = z.infer<typeof GuidanceList>['items'][number];
export type SafeContact = z.infer<typeof SafeContactView>;
export type CreateMeasureInput = z.input<typeof CreateMeasureBody>;
export type PatchMeasureInput = z.input<typeof PatchMeasureBody>;
export type OwnerInput = { userId: string } | { actorId: string };

const base = (caseId: string) => `/api/cases/${caseId}`;
export const getPlan = (caseId: string) => api<SafetyPlan>('GET', `${base(caseId)}/safety-plan`);
export const putPlan = (caseId: string, body: z.input<typeof PutSafetyPlanBody>) => api<SafetyPlan>('PUT', `${base(caseId)}/safety-plan`, body);
export const planPdfUrl = (caseId: string) => `${base(caseId)}/safety-plan.pdf`;
export const putSafeContact = (caseId: string, body: z.input<typeof SafeContactBody>) =>
  api<{ recorded: true; recordedAt: string }>('PUT', `${base(caseId)}/safety-plan/safe-contact`, body);
export const revealSafeContact = (caseId: string, purpose: string) => api<SafeContact>('POST', `${base(caseId)}/safety-plan/safe-contact/reveal`, { purpose });
export const listMeasures = (caseId: string, status?: string) =>
  api<z.infer<typeof MeasureList>>('GET', `${base(caseId)}/measures${status ? `?status=${status}` : ''}`);
export const createMeasure = (caseId: string, body: CreateMeasureInput) => api<Measure>('POST', `${base(caseId)}/measures`, body);
export const patchMeasure = (mid: string, body: PatchMeasureInput) => api<Measure>('PATCH', `/api/measures/${mid}`, body);
export const getCoverage = (caseId: string) => api<Coverage>('GET', `${base(caseId)}/measures/coverage`);
export const getGuidance = (municipalityCode: string) =>
  api<z.infer<typeof GuidanceList>>('GET', `/api/measure-guidance?municipalityCode=${encodeURIComponent(municipalityCode)}`);
