import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../app/api';
import { AuditNav } from './AuditNav';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatTime, ROLE_LABELS, toQuery, USE_TYPE_LABELS } from './format';
import './audit.css';

interface AuditEvent {
  seq: number;
  occurredAt: string;
  eventType: string;
  eventLabel: string;
  useType: string;
  actor: { userId: string; username: string | null; role: string | null } | null;
  subjectType: string | null;
  subjectId: string | null;
  caseId: string | null;
  caseNumber: string | null;
  purpose: string | null;
  details: Record<string, unknown>;
}
interface AuditEventPage { items: AuditEvent[]; total: number; page: number; pageSize: number }
interface Catalogue { eventTypes: { type: string; label: string }[] }

const FIELDS = ['from', 'to', 'username', 'eventType', 'useType', 'caseNumber'] as const;
type Filters = Record<(typeof FIELDS)[number], string>;
const PAGE_SIZE = 25;

/** The auditor's view of the whole trail: filters in the URL, so a result can be linked and paged. */
export function AuditTrailPage() {
  const [params, setParams] = useSearchParams();
  const applied = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? ''])) as Filters;
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const [form, setForm] = useState<Filters>(applied);
  const qs = toQuery({ ...applied, page, pageSize: PAGE_SIZE });

  const catalogue = useQuery({ queryKey: ['audit-event-types'], queryFn: () => api<Catalogue>('GET', '/api/audit/event-types') });
  const events = useQuery({ queryKey: ['audit-events', qs], queryFn: () => api<AuditEventPage>('GET', `/api/audit/events?${qs}`) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(toQuery({ ...form }));
  };
  const goTo = (p: number) => setParams(toQuery({ ...applied, page: p }));
  const field = (name: keyof Filters) => ({
    id: `filter-${name}`,
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  const pages = events.data ? Math.max(1, Math.ceil(events.data.total / PAGE_SIZE)) : 1;

  return (
    <div>
      <h1>Revisionsspor</h1>
      <AuditNav />
      <p>Alle registrerede hændelser, nyeste først. Din søgning bliver selv registreret.</p>
      <form onSubmit={submit} noValidate aria-label="Filtrér revisionssporet">
        <div className="audit-filters">
          <div className="form-group">
            <label className="form-label" htmlFor="filter-from">Fra dato</label>
            <input className="form-input" type="date" {...field('from')} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="filter-to">Til dato</label>
            <input className="form-input" type="date" {...field('to')} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="filter-username">Brugernavn</label>
            <input className="form-input" autoComplete="off" {...field('username')} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="filter-eventType">Hændelse</label>
            <select className="form-select" {...field('eventType')}>
              <option value="">Alle hændelser</option>
              {catalogue.data?.eventTypes.map((t) => <option key={t.type} value={t.type}>{t.label}</option>)}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="filter-useType">Type af brug</label>
            <select className="form-select" {...field('useType')}>
              <option value="">Alle typer</option>
              {Object.entries(USE_TYPE_LABELS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="filter-caseNumber">Sagsnummer</label>
            <input className="form-input" autoComplete="off" {...field('caseNumber')} />
          </div>
        </div>
        <div className="audit-actions">
          <button className="button button-primary" type="submit">Søg</button>
          <button className="button button-secondary" type="button" onClick={() => { setForm(Object.fromEntries(FIELDS.map((f) => [f, ''])) as Filters); setParams(''); }}>
            Nulstil
          </button>
        </div>
      </form>

      <ErrorAlert error={events.error} />
      {events.isLoading && <p>Henter hændelser…</p>}
      {events.data && (
        <>
          <p role="status" className="mt-6">{events.data.total} hændelser fundet.</p>
          <div className="audit-table-wrap">
            <table className="table table--zebra">
              <caption className="sr-only">Hændelser i revisionssporet</caption>
              <thead>
                <tr>
                  <th scope="col">Nr.</th>
                  <th scope="col">Tidspunkt</th>
                  <th scope="col">Hændelse</th>
                  <th scope="col">Type af brug</th>
                  <th scope="col">Bruger</th>
                  <th scope="col">Sag</th>
                  <th scope="col">Formål</th>
                  <th scope="col">Detaljer</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((e) => (
                  <tr key={e.seq}>
                    <td>{e.seq}</td>
                    <td>{formatTime(e.occurredAt)}</td>
                    <td>{e.eventLabel}</td>
                    <td>{USE_TYPE_LABELS[e.useType] ?? e.useType}</td>
                    <td>{e.actor ? `${e.actor.username ?? e.actor.userId} (${(ROLE_LABELS as Record<string, string>)[e.actor.role ?? ''] ?? '–'})` : 'Ukendt (ikke logget ind)'}</td>
                    <td className="audit-nowrap">{e.caseId ? <Link to={`/revision/spor?caseNumber=${encodeURIComponent(e.caseNumber ?? '')}`}>{e.caseNumber ?? e.caseId}</Link> : '–'}</td>
                    <td>{e.purpose ?? '–'}</td>
                    <td className="audit-details">
                      {[e.subjectType && `${e.subjectType}: ${e.subjectId}`, ...Object.entries(e.details).map(([k, v]) => `${k}: ${String(v)}`)].filter(Boolean).join('; ') || '–'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav className="audit-pager" aria-label="Sider">
            <button className="button button-secondary" type="button" disabled={page <= 1} onClick={() => goTo(page - 1)}>Forrige side</button>
            <span>Side {page} af {pages}</span>
            <button className="button button-secondary" type="button" disabled={page >= pages} onClick={() => goTo(page + 1)}>Næste side</button>
          </nav>
        </>
      )}
    </div>
  );
}
