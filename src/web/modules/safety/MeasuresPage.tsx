import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { useAuth } from '../../app/auth';
import { CaseNotFound } from '../cases/CaseNotFound';
import { CaseHeader, useCaseDetail } from './CaseHeader';
import { CoverageList } from './CoverageList';
import { MeasureForm } from './MeasureForm';
import { MeasureItem } from './MeasureItem';
import { MEASURE_STATUS_LABELS, MEASURE_STATUSES, MEASURE_TYPES, type MeasureStatus, type MeasureType } from './labels';
import { listMeasures } from './safetyApi';
import './safety.css';

/** The case's measures register (DOMAIN.md § 11.3), filterable by status, with scenario coverage and the proposal form. */
export function MeasuresPage() {
  const { caseId = '' } = useParams();
  const [params] = useSearchParams();
  const screeningId = params.get('screening') ?? undefined;
  // ?type=PASINDDRAGELSE: the form opens with that measure chosen (the travel page's steps link here).
  const type = params.get('type');
  const initialType = MEASURE_TYPES.includes(type as MeasureType) ? (type as MeasureType) : undefined;
  const { user } = useAuth();
  const canWrite = user?.role === 'consultant' || user?.role === 'caseworker';
  const [status, setStatus] = useState<MeasureStatus | ''>('');
  const c = useCaseDetail(caseId);
  const list = useQuery({ queryKey: ['safety', caseId, 'measures', status], queryFn: () => listMeasures(caseId, status || undefined) });
  if (c.error instanceof ApiError && c.error.status === 404) return <CaseNotFound />;
  if (!c.data) return <p>Indlæser…</p>;
  return (
    <article className="safety-page">
      <CaseHeader c={c.data} title="Foranstaltninger" />
      <section aria-labelledby="coverage-h">
        <h2 id="coverage-h">Scenarier og dækning</h2>
        <CoverageList caseId={caseId} />
      </section>
      <section aria-labelledby="register-h">
        <h2 id="register-h">Foranstaltningsregister</h2>
        <div className="form-group">
          <label className="form-label" htmlFor="measure-filter">Vis</label>
          <select id="measure-filter" className="form-select" value={status} onChange={(e) => setStatus(e.target.value as MeasureStatus | '')}>
            <option value="">Alle</option>
            {MEASURE_STATUSES.map((s) => <option key={s} value={s}>{MEASURE_STATUS_LABELS[s]}</option>)}
          </select>
        </div>
        <p role="status" className="sr-only">{list.data ? `${list.data.items.length} foranstaltninger vist` : ''}</p>
        {list.data && list.data.items.length === 0 && <p>Ingen foranstaltninger{status ? ` med status ${MEASURE_STATUS_LABELS[status].toLowerCase()}` : ''}.</p>}
        <ul className="nobullet-list measure-list">
          {(list.data?.items ?? []).map((m) => <MeasureItem key={`${m.id}-${m.version}`} m={m} canWrite={canWrite} />)}
        </ul>
      </section>
      {canWrite && <MeasureForm caseId={caseId} municipalityCode={c.data.responsibleMunicipalityCode} screeningId={screeningId} initialType={initialType} />}
    </article>
  );
}
