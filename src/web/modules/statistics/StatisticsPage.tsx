import { copenhagenDay } from '../../app/format';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../../app/api';
import { useAuth } from '../../app/auth';
import { ErrorAlert } from '../../app/ErrorAlert';
import { DIMENSION_OPTIONS, LEVEL_OPTIONS, tableUrl, type TableView } from './statsApi';
import { StatsTable } from './StatsTable';

const StatsChart = lazy(() => import('./StatsChart').then((m) => ({ default: m.StatsChart })));

const thisYear = () => {
  const today = copenhagenDay();
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
};

/**
 * The analyst's statistics (national, by region or municipality) and a municipality team's own overview: the
 * same suppressed tables as the API, a chart and the table beside it, downloads in CSV and Excel.
 */
export function StatisticsPage() {
  const { user } = useAuth();
  const team = user?.role === 'municipal_team';
  const [form, setForm] = useState({ ...thisYear(), by: team ? 'concernType' : 'region', level: 'region' });
  const [applied, setApplied] = useState(form);
  const q = team ? { from: applied.from, to: applied.to, by: applied.by } : applied;
  const table = useQuery({ queryKey: ['statistics', q], queryFn: () => api<TableView>('GET', tableUrl(q)) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setApplied(form);
  };
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const t = table.data;
  const areaTable = t && (t.by === 'region' || t.by === 'municipality');
  const dims = team ? DIMENSION_OPTIONS.filter((d) => d.value !== 'region' && d.value !== 'municipality') : DIMENSION_OPTIONS;

  return (
    <div>
      <h1>{team ? `Anonymiseret overblik${user?.municipalityCode ? '' : ''}` : 'Statistik over henvendelser'}</h1>
      <p>
        Kun henvendelser, hvis anonymitet eller samtykke tillader statistisk brug, tælles med. Tal under 5 vises som
        <strong> &lt;5</strong>, og tal, der kunne afsløre dem, som <strong>–</strong>. 0 vises som 0.
        {' '}<Link to="/statistik/rapport">Se den samlede rapport</Link>
      </p>
      <form onSubmit={submit} noValidate aria-label="Vælg statistik" className="stats-form">
        <div className="form-group">
          <label className="form-label" htmlFor="stats-from">Fra dato</label>
          <input className="form-input" id="stats-from" type="date" value={form.from} onChange={set('from')} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="stats-to">Til dato</label>
          <input className="form-input" id="stats-to" type="date" value={form.to} onChange={set('to')} />
        </div>
        <div className="form-group">
          <label className="form-label" htmlFor="stats-by">Fordeling</label>
          <select className="form-select" id="stats-by" value={form.by} onChange={set('by')}>
            {dims.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
          </select>
        </div>
        {!team && (
          <div className="form-group">
            <label className="form-label" htmlFor="stats-level">Niveau</label>
            <select className="form-select" id="stats-level" value={form.level} onChange={set('level')}>
              {LEVEL_OPTIONS.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
            </select>
          </div>
        )}
        <button type="submit" className="button button-primary">Vis statistik</button>
      </form>
      {table.error && <ErrorAlert error={table.error} />}
      {table.isLoading && <p role="status">Henter statistik…</p>}
      {t && (
        <section aria-labelledby="stats-result">
          <h2 id="stats-result">{t.byLabel}: {t.scope.name}</h2>
          <p role="status">Viser {t.from.split('-').reverse().join('.')} – {t.to.split('-').reverse().join('.')}.</p>
          <Suspense fallback={<p>Indlæser diagram…</p>}>
            <StatsChart rows={t.rows} title={`Henvendelser fordelt på ${t.byLabel.toLowerCase()}, ${areaTable ? t.byLabel.toLowerCase() : t.scope.name}`} />
          </Suspense>
          <StatsTable t={t} />
          <p>
            <a className="button button-secondary" href={tableUrl(q, 'csv')} download>Hent som CSV</a>{' '}
            <a className="button button-secondary" href={tableUrl(q, 'xlsx')} download>Hent som Excel</a>
          </p>
        </section>
      )}
    </div>
  );
}
