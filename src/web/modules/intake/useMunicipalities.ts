import { useMemo } from 'react';
import { useMunicipalities } from '../directory/directory.api';

/**
 * The 98 municipalities from the directory API (`GET /api/directory/municipalities`, public reference data cached
 * for the session), in Danish order: æ, ø, å after z and "Aa" as "Å" (Intl.Collator('da')).
 */
const danish = new Intl.Collator('da');

export function useMunicipalityOptions() {
  const q = useMunicipalities();
  const options = useMemo(
    () => [...(q.data ?? [])].sort((a, b) => danish.compare(a.name, b.name)).map((m) => ({ value: m.code, label: m.name })),
    [q.data],
  );
  return { options, isLoading: q.isLoading, failed: !!q.error };
}

/** `name(code)`: the municipality's name, the code itself while the list loads or for an unknown code, "—" for none. */
export function useMunicipalityName() {
  const q = useMunicipalities();
  const byCode = useMemo(() => new Map((q.data ?? []).map((m) => [m.code, m.name])), [q.data]);
  return (code: string | null | undefined) => (code ? (byCode.get(code) ?? code) : '—');
}
