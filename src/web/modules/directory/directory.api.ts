import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import type { Municipality, MunicipalityWithConsultants, NationalActor, PublicConsultants } from '../../../server/modules/directory/directory.schemas';
import type { z } from 'zod';

export type { Municipality, MunicipalityWithConsultants, NationalActor };

// Reference data changes with a migration, never while the page is open.
const forever = { staleTime: Infinity, gcTime: Infinity } as const;

export const useMunicipalities = () =>
  useQuery({
    queryKey: ['directory', 'municipalities'],
    queryFn: () => api<{ municipalities: Municipality[] }>('GET', '/api/directory/municipalities').then((r) => r.municipalities),
    ...forever,
  });

export const useMunicipality = (code: string | null) =>
  useQuery({
    queryKey: ['directory', 'municipality', code],
    queryFn: () => api<MunicipalityWithConsultants>('GET', `/api/directory/municipalities/${code}`),
    enabled: !!code,
    ...forever,
  });

export const useNationalActors = () =>
  useQuery({
    queryKey: ['directory', 'actors'],
    queryFn: () => api<{ actors: NationalActor[] }>('GET', '/api/directory/actors').then((r) => r.actors),
    ...forever,
  });

/** The citizen page's look-up: the municipality goes in a query the server never logs, never in the page's address. */
export const usePublicConsultants = (code: string) =>
  useQuery({
    queryKey: ['public', 'consultants', code],
    queryFn: () => api<z.infer<typeof PublicConsultants>>('GET', `/api/public/consultants?municipality=${encodeURIComponent(code)}`),
    ...forever,
  });
