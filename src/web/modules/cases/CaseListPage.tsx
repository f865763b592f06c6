import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { useAuth } from '../../app/auth';
import { CASE_STATUS_LABELS, CONCERN_TYPE_LABELS, RISK_LEVEL_LABELS, label, type CaseStatus, type ConcernType, type RiskLevel } from '../../app/labels';
import { optionsOf } from '../../app/form/fields';
import { useMunicipalityName } from '../intake/useMunicipalities';
import { formatDate } from '../intake/time';
import { Flash } from '../intake/Flash';
import { CaseFlags } from './CaseFlags';
import { listCases, searchCasesByCpr, type CaseFilters, type CaseSummary } from './casesApi';

/**
 * "Mine sager" and the cases in the user's scope. Filters live in the address (they name no one); a CPR search is
 * sent in a POST body and its result kept in memory only, so a CPR number never reaches the address bar or history.
 */
export function CaseListPage() {
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const filters: CaseFilters = {
    scope: params.get('omfang') === 'alle' ? 'all' : 'mine',
    status: (params.get('status') as CaseStatus) || undefined,
    riskLevel: (params.get('risiko') as RiskLevel) || undefined,
    concernType: (params.get('bekymring') as ConcernType) || undefined,
    overdue: params.get('overskredet') === 'ja' || undefined,
    q: params.get('sagsnr') || undefined,
  };
  const [cprResult, setCprResult] = useState<CaseSummary[] | null>(null);
  const list = useQuery({ queryKey: ['cases', 'list', filters], queryFn: () => listCases(filters), enabled: cprResult === null });
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
    setCprResult(null);
  };
  const scopeLabel = user?.role === 'caseworker' ? 'Kommunens sager, jeg deltager i' : 'Alle sager i min region';

  return (
    <div>
      <Flash />
      <h1>{filters.scope === 'mine' ? 'Mine sager' : 'Sager'}</h1>
      <div className="case-filters d-print-none">
        <form role="search" aria-label="Filtrér sager" onSubmit={(e) => e.preventDefault()} className="filter-row">
          <div className="form-group">
            <label className="form-label" htmlFor="flt-scope">Vis</label>
            <select id="flt-scope" className="form-select" value={filters.scope === 'all' ? 'alle' : ''} onChange={(e) => setParam('omfang', e.target.value)}>
              <option value="">Mine sager</option>
              <option value="alle">{scopeLabel}</option>
            </select>
          </div>
          <FilterSelect id="flt-status" label="Status" value={filters.status ?? ''} onChange={(v) => setParam('status', v)} options={optionsOf(CASE_STATUS_LABELS)} />
          <FilterSelect id="flt-risk" label="Risiko" value={filters.riskLevel ?? ''} onChange={(v) => setParam('risiko', v)} options={optionsOf(RISK_LEVEL_LABELS)} />
          <FilterSelect id="flt-concern" label="Bekymringstype" value={filters.concernType ?? ''} onChange={(v) => setParam('bekymring', v)}
            options={optionsOf(CONCERN_TYPE_LABELS)} />
          <div className="form-group form-group-checkbox filter-checkbox">
            <input id="flt-overdue" type="checkbox" className="form-checkbox" checked={!!filters.overdue} onChange={(e) => setParam('overskredet', e.target.checked ? 'ja' : '')} />
            <label className="form-label" htmlFor="flt-overdue">Kun overskredet opfølgning</label>
          </div>
        </form>
        <div className="filter-row">
          <CaseNumberSearch initial={filters.q ?? ''} onSearch={(v) => setParam('sagsnr', v)} />
          <CprSearch onResult={setCprResult} />
        </div>
      </div>
      {cprResult !== null ? (
        <>
          <p role="status">
            {cprResult.length === 1 ? 'Én sag' : `${cprResult.length} sager`} med det CPR-nummer.{' '}
            <button type="button" className="button button-tertiary" onClick={() => setCprResult(null)}>Vis alle igen</button>
          </p>
          <CaseTable items={cprResult} />
        </>
      ) : list.isLoading ? (
        <p>Indlæser…</p>
      ) : list.error ? (
        <p role="alert">{list.error instanceof ApiError ? list.error.body.message : 'Sagerne kunne ikke hentes.'}</p>
      ) : (
        <>
          <p role="status">{list.data!.total === 1 ? 'Én sag' : `${list.data!.total} sager`}</p>
          <CaseTable items={list.data!.items} />
        </>
      )}
    </div>
  );
}

function FilterSelect({ id, label: text, value, onChange, options }: { id: string; label: string; value: string; onChange: (v: string) => void; options: { value: string; label: string }[] }) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>{text}</label>
      <select id={id} className="form-select" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Alle</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}

function CaseNumberSearch({ initial, onSearch }: { initial: string; onSearch: (v: string) => void }) {
  const [v, setV] = useState(initial);
  return (
    <form role="search" aria-label="Søg på sagsnummer" onSubmit={(e) => { e.preventDefault(); onSearch(v.trim()); }} className="search-inline">
      <div className="form-group">
        <label className="form-label" htmlFor="search-caseno">Sagsnummer</label>
        <input id="search-caseno" className="form-input" value={v} onChange={(e) => setV(e.target.value)} autoComplete="off" />
      </div>
      <button type="submit" className="button button-secondary">Søg</button>
    </form>
  );
}

function CprSearch({ onResult }: { onResult: (items: CaseSummary[]) => void }) {
  const [cpr, setCpr] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!/^\d{6}-?\d{4}$/.test(cpr.trim())) {
      setError('Skriv hele CPR-nummeret som DDMMÅÅ-SSSS.');
      return;
    }
    try {
      const res = await searchCasesByCpr(cpr.trim());
      setCpr(''); // the number is not kept on screen after the search
      onResult(res.items);
    } catch (err) {
      setError(err instanceof ApiError ? err.body.message : 'Søgningen mislykkedes.');
    }
  }
  return (
    <form role="search" aria-label="Søg på CPR-nummer" onSubmit={submit} className="search-inline" noValidate>
      <div className={error ? 'form-group form-error' : 'form-group'}>
        <label className="form-label" htmlFor="search-cpr">CPR-nummer (præcist)</label>
        {error && <span className="form-error-message" id="search-cpr-error"><span className="sr-only">Fejl: </span>{error}</span>}
        <input id="search-cpr" className="form-input" inputMode="numeric" autoComplete="off" value={cpr} onChange={(e) => setCpr(e.target.value)}
          aria-describedby={error ? 'search-cpr-error' : undefined} aria-invalid={error ? true : undefined} />
      </div>
      <button type="submit" className="button button-secondary">Søg på CPR</button>
    </form>
  );
}

export function CaseTable({ items }: { items: CaseSummary[] }) {
  const municipalityName = useMunicipalityName();
  if (items.length === 0) return <p>Ingen sager matcher.</p>;
  return (
    <table className="table table--zebra case-table">
      <caption className="sr-only">Sager</caption>
      <thead>
        <tr>
          <th scope="col">Sag</th><th scope="col">Borger</th><th scope="col">Status</th><th scope="col">Risiko</th>
          <th scope="col">Bekymring</th><th scope="col">Ansvarlig</th><th scope="col">Opfølgning</th><th scope="col">Markeringer</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id} className={c.acute ? 'row-acute' : undefined}>
            <td><Link to={`/sager/${c.id}`}>{c.caseNumber}</Link></td>
            <td>{c.citizenName ?? '—'}{c.nameMasked && <span className="sr-only"> (navn skjult)</span>}</td>
            <td>{label(CASE_STATUS_LABELS, c.status)}</td>
            <td>{label(RISK_LEVEL_LABELS, c.currentRiskLevel)}</td>
            <td>{c.concernTypes.map((t) => label(CONCERN_TYPE_LABELS, t)).join(', ')}</td>
            <td>{municipalityName(c.responsibleMunicipalityCode)}{c.responsibleCaseworker && <><br />{c.responsibleCaseworker.displayName}</>}</td>
            <td>{c.followUpDueAt ? formatDate(c.followUpDueAt) : '—'}{c.overdue && <><br /><strong className="text-error">Overskredet</strong></>}</td>
            <td><CaseFlags acute={c.acute} dutyPending={c.dutyToNotifyPending} otherLegalBasis={c.otherLegalBasis} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
