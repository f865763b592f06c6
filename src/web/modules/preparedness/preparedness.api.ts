import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api';
import type { Overview, PlanContent, PlanView } from '../../../server/modules/preparedness/preparedness.schemas';
export { DEPARTMENTS, DEPARTMENT_LABELS } from '../../../server/modules/preparedness/preparedness.codes';

export type Plan = z.infer<typeof PlanView>;
export type Content = z.infer<typeof PlanContent>;
export type OverviewItem = z.infer<typeof Overview>['items'][number];

export const planUrl = (code: string) => `/api/municipalities/${code}/preparedness-plan`;

export const usePlan = (code: string | null) =>
  useQuery({ queryKey: ['preparedness', code], queryFn: () => api<Plan>('GET', planUrl(code!)), enabled: !!code });

export const savePlan = (code: string, body: { version: number; adoptedOn: string | null; content: Content }) => api<Plan>('PUT', planUrl(code), body);

export const useOverview = () =>
  useQuery({ queryKey: ['preparedness', 'overview'], queryFn: () => api<{ items: OverviewItem[] }>('GET', '/api/preparedness/overview').then((r) => r.items) });
