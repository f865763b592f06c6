import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api';
import type { PartnerActor, PartnerConsultant, PartnerDirectory, Suggestion } from '../../../server/modules/directory/partners.schemas';

export type Partner = z.infer<typeof PartnerActor>;
export type PartnerConsultantView = z.infer<typeof PartnerConsultant>;

export const usePartnerDirectory = () =>
  useQuery({ queryKey: ['partners'], queryFn: () => api<z.infer<typeof PartnerDirectory>>('GET', '/api/admin/directory') });

export const saveActor = (p: Partner) => {
  const { id, ...body } = p;
  return api<Partner>('PUT', `/api/admin/directory/actors/${id}`, body);
};
export const saveConsultant = (c: PartnerConsultantView) => {
  const { id, ...body } = c;
  return api<PartnerConsultantView>('PUT', `/api/admin/directory/consultants/${id}`, body);
};

export const useSuggestion = (municipality: string | null, concerns: string[]) =>
  useQuery({
    queryKey: ['suggest', municipality, concerns.join(',')],
    queryFn: () => api<z.infer<typeof Suggestion>>('GET', `/api/directory/consultants/suggest?municipality=${municipality}&concern=${concerns.join(',')}`),
    enabled: !!municipality,
  });
