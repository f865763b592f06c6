import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { AGE_BAND_LABELS, CONCERN_TYPE_LABELS, INITIATOR_ROLE_LABELS, label } from '../../app/labels';
import { listInquiries } from './intakeApi';
import { useMunicipalityName } from './useMunicipalities';
import { formatDateTime } from './time';

/** Recent inquiries, newest first. Rows carry no identifying field (the server sends none). */
export function InquiryListPage() {
  const municipalityName = useMunicipalityName();
  const q = useQuery({ queryKey: ['inquiries', 'list'], queryFn: () => listInquiries() });
  return (
    <div>
      <h1>Henvendelser</h1>
      <p><Link className="button button-primary" to="/ny-henvendelse">Ny henvendelse</Link></p>
      {q.isLoading && <p>Indlæser…</p>}
      {q.error && <p role="alert">Henvendelserne kunne ikke hentes.</p>}
      {q.data && q.data.items.length === 0 && <p>Der er ingen henvendelser.</p>}
      {q.data && q.data.items.length > 0 && (
        <table className="table table--zebra">
          <caption className="sr-only">Henvendelser</caption>
          <thead>
            <tr><th scope="col">Modtaget</th><th scope="col">Henvender</th><th scope="col">Bekymring</th><th scope="col">Borger</th><th scope="col">Sag</th></tr>
          </thead>
          <tbody>
            {q.data.items.map((i) => (
              <tr key={i.id}>
                <td><Link to={`/henvendelser/${i.id}`}>{formatDateTime(i.receivedAt)}</Link></td>
                <td>{label(INITIATOR_ROLE_LABELS, i.initiatorRole)}</td>
                <td>{i.concernTypes.map((c) => label(CONCERN_TYPE_LABELS, c)).join(', ')}</td>
                <td>{label(AGE_BAND_LABELS, i.ageBand)}, {municipalityName(i.citizenMunicipalityCode)}{i.anonymous ? ' (anonym)' : ''}</td>
                <td>{i.caseId ? <Link to={`/sager/${i.caseId}`}>Se sag</Link> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
