import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api';
import { AuditNav } from './AuditNav';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatTime } from './format';
import './audit.css';

interface ChainStatus {
  ok: boolean;
  count: number;
  head: { seq: number; hash: string; occurredAt: string } | null;
  broken: { seq: number; occurredAt: string | null; eventType: string | null; reasonLabel: string } | null;
  checkedAt: string;
}

/** Whether the hash chain holds, and the head to compare with the checkpoints kept outside the database. */
export function ChainStatusPage() {
  const status = useQuery({ queryKey: ['audit-verify'], queryFn: () => api<ChainStatus>('GET', '/api/audit/verify') });
  const s = status.data;
  return (
    <div>
      <h1>Kædens integritet</h1>
      <AuditNav />
      <ErrorAlert error={status.error} />
      {status.isFetching && <p role="status">Kontrollerer kæden…</p>}
      {s && s.ok && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-heading">Revisionssporet er intakt</p>
            <p className="alert-text">{s.count} hændelser kontrolleret {formatTime(s.checkedAt)}.</p>
          </div>
        </div>
      )}
      {s && !s.ok && s.broken && (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">Revisionssporet er brudt ved hændelse nr. {s.broken.seq}</p>
            <p className="alert-text">
              {s.broken.reasonLabel}
              {s.broken.occurredAt && ` (${formatTime(s.broken.occurredAt)}, ${s.broken.eventType})`}. {s.count} hændelser før den er intakte.
              Kontakt driften, og sammenlign med kontrolpunkterne.
            </p>
          </div>
        </div>
      )}
      {s?.head && (
        <dl>
          <dt>Seneste hændelse</dt>
          <dd>Nr. {s.head.seq}, {formatTime(s.head.occurredAt)}</dd>
          <dt>Kontrolpunkt (nr:hash)</dt>
          <dd className="audit-hash">{s.head.seq}:{s.head.hash}</dd>
        </dl>
      )}
      <p>
        Kæden viser ændrede og slettede rækker. At de nyeste rækker er fjernet, eller at hele historikken er
        genberegnet, kan kun ses mod et kontrolpunkt gemt uden for databasen: driften gemmer jævnligt
        <code> skjold audit checkpoint</code> og kontrollerer med <code>skjold audit verify --checkpoint-file</code>.
      </p>
      <button className="button button-secondary" type="button" onClick={() => status.refetch()} disabled={status.isFetching}>
        Kontrollér igen
      </button>
    </div>
  );
}
