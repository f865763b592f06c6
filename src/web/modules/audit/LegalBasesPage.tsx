import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api';
import { ErrorAlert } from '../../app/ErrorAlert';
import { formatDate } from '../../app/format';
import { CONSENT_SCOPE_LABELS, LEGAL_BASIS_LABELS } from '../../app/labels';
import type { LegalBasisAuditList } from '../../../server/modules/consent/consent.schemas';
import { useMunicipalityName } from '../intake/useMunicipalities';
import { AuditNav } from './AuditNav';
import { formatTime, ROLE_LABELS } from './format';
import './audit.css';

type Row = z.infer<typeof LegalBasisAuditList>['items'][number];

/**
 * /revision/hjemmel (issue 9 item 3): every case the municipality decided to act on without consent, for the DPO
 * to review: metadata only (who decided in which role and municipality, the legal reference, who recorded it),
 * never the rationale or the citizen. A decision the consultant recorded from the phone is flagged.
 */
export function LegalBasesPage() {
  const q = useQuery({ queryKey: ['audit', 'legal-bases'], queryFn: () => api<z.infer<typeof LegalBasisAuditList>>('GET', '/api/legal-bases') });
  const municipality = useMunicipalityName();
  const rows = q.data?.items ?? [];
  return (
    <div>
      <h1>Anden hjemmel end samtykke</h1>
      <AuditNav />
      <p>
        Sager, hvor kommunen har besluttet at handle uden samtykke (fx fordi forældrene er de frygtede
        gerningspersoner). Kun oplysninger om beslutningen vises, aldrig begrundelsen eller borgeren.
      </p>
      <ErrorAlert error={q.error} />
      {q.isLoading && <p>Henter…</p>}
      {q.data && rows.length === 0 && <p>Ingen registreret.</p>}
      {rows.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact" aria-label="Anden hjemmel end samtykke">
            <thead>
              <tr><th scope="col">Sag</th><th scope="col">Hjemmel</th><th scope="col">Besluttet af</th><th scope="col">Lovhenvisning</th><th scope="col">Omfang</th><th scope="col">Registreret</th></tr>
            </thead>
            <tbody>{rows.map((r) => <LegalBasisRow key={r.id} r={r} municipality={municipality} />)}</tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function LegalBasisRow({ r, municipality }: { r: Row; municipality: (code: string) => string }) {
  return (
    <tr>
      <td>{r.caseNumber ?? 'Ingen sag endnu'}{r.municipalityCode && <><br />{municipality(r.municipalityCode)}</>}</td>
      <td>
        {LEGAL_BASIS_LABELS[r.basis]}
        {r.municipalDecision && <><br /><strong>Kommunens beslutning, registreret af sikkerhedskonsulent</strong></>}
      </td>
      <td>{r.decidedByRole ?? '—'}{r.decidedByMunicipalityCode && <>, {municipality(r.decidedByMunicipalityCode)}</>}<br />{formatDate(r.decidedAt)}</td>
      <td>{r.legalReference ?? '—'}</td>
      <td>{r.scopes.map((s) => CONSENT_SCOPE_LABELS[s]).join(', ')}</td>
      <td>{formatTime(r.recordedAt)}{r.recordedByRole && <><br />{ROLE_LABELS[r.recordedByRole as keyof typeof ROLE_LABELS] ?? r.recordedByRole}</>}</td>
    </tr>
  );
}
