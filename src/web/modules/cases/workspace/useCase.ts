import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useOutletContext } from 'react-router';
import type { CaseSectionProps } from '../caseSections';
import { getCase } from '../casesApi';

/**
 * The case and everything that hangs off it live under ['cases', id] (journal, access lists), since a change to
 * the case (e.g. reopening) also writes a journal entry: `refresh` reloads them all.
 */
export function useCase(id: string) {
  const qc = useQueryClient();
  const query = useQuery({ queryKey: ['cases', id], queryFn: () => getCase(id) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['cases', id] });
  return { query, refresh };
}

/** Inside the workspace: the case the workspace loaded, for the overview and every section route. */
export const useCaseContext = () => useOutletContext<CaseSectionProps>();
