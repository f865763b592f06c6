import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../app/api';
import { AuditNav } from './AuditNav';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatTime, toQuery } from './format';
import './audit.css';

interface SubjectExport {
  subjectType: string;
  subjectId: string;
  generatedAt: string;
  entries: { occurredAt: string; date: string; useLabel: string; eventLabel: string; purpose: string | null; caseNumber: string | null }[];
}

/**
 * The log a data subject is entitled to (GDPR art. 15; CJEU C-579/21): dates, type of use and purposes, never
 * the employees. The person is named by their id in Skjold, never by CPR number.
 */
export function SubjectExportPage() {
  const [subjectType, setSubjectType] = useState('person');
  const [subjectId, setSubjectId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const url = (format: 'json' | 'csv') =>
    `/api/audit/subjects/${encodeURIComponent(subjectType)}/${encodeURIComponent(subjectId.trim())}/export?${toQuery({ from, to, format })}`;
  const run = useMutation({ mutationFn: () => api<SubjectExport>('GET', url('json')) });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };

  return (
    <div>
      <h1>Log for en registreret</h1>
      <AuditNav />
      <p>
        Udtræk til den registrerede: hvornår og til hvilket formål oplysningerne er brugt. Udtrækket viser ikke,
        hvilke medarbejdere der har brugt dem. For en person på en sag omfatter udtrækket personens sager og de
        henvendelser, sagerne bygger på. Udtrækket bliver selv registreret.
      </p>
      <form onSubmit={submit} noValidate aria-label="Udtræk log for en registreret">
        <div className="audit-filters">
          <div className="form-group">
            <label className="form-label" htmlFor="subject-type">Type</label>
            <select className="form-select" id="subject-type" value={subjectType} onChange={(e) => setSubjectType(e.target.value)}>
              <option value="person">Person</option>
              <option value="inquiry">Henvendelse</option>
              <option value="user">Medarbejder</option>
            </select>
          </div>
          <div className="form-group audit-span-2">
            <label className="form-label" htmlFor="subject-id">Id i Skjold</label>
            <span className="form-hint" id="subject-id-hint">Personens id – aldrig et CPR-nummer.</span>
            <input className="form-input" id="subject-id" aria-describedby="subject-id-hint" autoComplete="off" required
              value={subjectId} onChange={(e) => setSubjectId(e.target.value)} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="subject-from">Fra dato</label>
            <input className="form-input" type="date" id="subject-from" value={from} onChange={(e) => setFrom(e.target.value)} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="subject-to">Til dato</label>
            <input className="form-input" type="date" id="subject-to" value={to} onChange={(e) => setTo(e.target.value)} />
          </div>
        </div>
        <div className="audit-actions">
          <button className="button button-primary" type="submit" disabled={!subjectId.trim() || run.isPending}>
            {run.isPending ? 'Henter…' : 'Vis log'}
          </button>
        </div>
      </form>
      <ErrorAlert error={run.error} />
      {run.data && (
        <section aria-labelledby="export-heading" className="mt-7">
          <h2 id="export-heading">Log for {run.data.subjectType} {run.data.subjectId}</h2>
          <p role="status">{run.data.entries.length === 1 ? '1 registreret brug' : `${run.data.entries.length} registrerede brug`}. Dannet {formatTime(run.data.generatedAt)}.</p>
          <p><a className="button button-secondary" href={url('csv')} download>Hent som CSV</a></p>
          <div className="audit-table-wrap">
            <table className="table table--zebra">
              <caption className="sr-only">Registreret brug af oplysningerne</caption>
              <thead>
                <tr>
                  <th scope="col">Tidspunkt</th>
                  <th scope="col">Type af brug</th>
                  <th scope="col">Hændelse</th>
                  <th scope="col">Formål</th>
                  <th scope="col">Sagsnummer</th>
                </tr>
              </thead>
              <tbody>
                {run.data.entries.map((e, i) => (
                  <tr key={i}>
                    <td>{formatTime(e.occurredAt)}</td>
                    <td>{e.useLabel}</td>
                    <td>{e.eventLabel}</td>
                    <td>{e.purpose ?? '–'}</td>
                    <td>{e.caseNumber ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}
