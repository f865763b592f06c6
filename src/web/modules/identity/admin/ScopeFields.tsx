import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api';
import type { Role } from '../../../app/auth';
import { needsMunicipality, needsRegion, ROLE_NAMES, type Scopes } from './adminApi';

export interface ScopeValue { role: Role; municipalityCode: string; region: string }

/** Role and the area it needs: a municipality for caseworkers and teams, a region for consultants. */
export function ScopeFields({ value, onChange }: { value: ScopeValue; onChange: (v: ScopeValue) => void }) {
  const scopes = useQuery({ queryKey: ['admin', 'scopes'], queryFn: () => api<Scopes>('GET', '/api/admin/scopes') });
  return (
    <>
      <div className="form-group">
        <label className="form-label" htmlFor="role">Rolle</label>
        <select className="form-select" id="role" value={value.role} onChange={(e) => onChange({ ...value, role: e.target.value as Role })}>
          {(Object.keys(ROLE_NAMES) as Role[]).map((r) => <option key={r} value={r}>{ROLE_NAMES[r]}</option>)}
        </select>
      </div>
      {needsMunicipality(value.role) && (
        <div className="form-group">
          <label className="form-label" htmlFor="municipality">Kommune</label>
          <select className="form-select" id="municipality" value={value.municipalityCode} onChange={(e) => onChange({ ...value, municipalityCode: e.target.value })}>
            <option value="">Vælg kommune</option>
            {scopes.data?.municipalities.map((m) => <option key={m.code} value={m.code}>{m.name} ({m.code})</option>)}
          </select>
        </div>
      )}
      {needsRegion(value.role) && (
        <div className="form-group">
          <label className="form-label" htmlFor="region">Region</label>
          <select className="form-select" id="region" value={value.region} onChange={(e) => onChange({ ...value, region: e.target.value })}>
            <option value="">Vælg region</option>
            {scopes.data?.regions.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </div>
      )}
    </>
  );
}

export const scopeBody = (v: ScopeValue) => ({
  role: v.role,
  municipalityCode: needsMunicipality(v.role) ? v.municipalityCode || null : null,
  region: needsRegion(v.role) ? v.region || null : null,
});
