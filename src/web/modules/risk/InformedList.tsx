import { useQuery } from '@tanstack/react-query';
import { RECIPIENT_TYPE_LABELS, RISK_LEVEL_LABELS } from './labels';
import { formatDate, getInformed } from './riskApi';

/**
 * "Hvem er orienteret om risikoen": one list from both doors (disclosures of signed assessments and the journal's
 * risk communications), merged on the server without duplicates. Its query key sits under the case journal's,
 * so recording a risk communication in the journal refreshes it too.
 */
export function InformedList({ caseId }: { caseId: string }) {
  const q = useQuery({ queryKey: ['cases', caseId, 'journal', 'informed'], queryFn: () => getInformed(caseId) });
  if (q.isLoading) return <p>Indlæser…</p>;
  if (q.error) return <p role="alert">Listen kunne ikke hentes.</p>;
  const items = q.data?.items ?? [];
  if (items.length === 0) return <p>Det er ikke registreret, at borgeren eller andre er orienteret om risikoen.</p>;
  return (
    <table className="table table--zebra informed-table">
      <caption className="sr-only">Hvem er orienteret om risikoen</caption>
      <thead><tr><th scope="col">Dato</th><th scope="col">Hvem</th><th scope="col">Hvad</th><th scope="col">Orienteret af</th></tr></thead>
      <tbody>
        {items.map((i, n) => (
          <tr key={n}>
            <td>{formatDate(i.informedOn)}</td>
            <td>{i.recipientType === 'BORGER' ? RECIPIENT_TYPE_LABELS.BORGER : `${RECIPIENT_TYPE_LABELS[i.recipientType]}: ${i.recipient}`}</td>
            <td>
              {i.assessmentVersion !== null ? `Risikovurdering nr. ${i.assessmentVersion}` : 'Risikoen'}
              {i.riskLevel && ` – risiko ${RISK_LEVEL_LABELS[i.riskLevel].toLowerCase()}`}
            </td>
            <td>{i.informedBy.displayName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
