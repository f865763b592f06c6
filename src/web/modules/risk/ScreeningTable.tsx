import { Link } from 'react-router';
import { SCREENING_OUTCOME_LABELS } from './labels';
import { formatDate, type Screening } from './riskApi';

/** Screenings newest first; on a case, those made on its inquiry before the case was opened are marked so. */
export function ScreeningTable({ screenings, caption, markInquiry = true }: { screenings: Screening[]; caption: string; markInquiry?: boolean }) {
  return (
    <table className="table table--zebra screening-table">
      <caption className="sr-only">{caption}</caption>
      <thead><tr><th scope="col">Dato</th><th scope="col">Resultat</th><th scope="col">Begrundelse</th><th scope="col">Screenet af</th></tr></thead>
      <tbody>
        {screenings.map((s) => (
          <tr key={s.id}>
            <td>{formatDate(s.screenedAt)}{markInquiry && s.caseId === null && s.inquiryId && <><br /><span className="badge badge-small">På henvendelsen</span></>}</td>
            <td>
              <strong>{SCREENING_OUTCOME_LABELS[s.outcome]}</strong>
              {/* Measures can be proposed straight from a screening, before any assessment (issue 10). */}
              {s.caseId && (s.outcome === 'AKUT' || s.outcome === 'HANDLING') && (
                <><br /><Link className="d-print-none" to={`/sager/${s.caseId}/foranstaltninger?screening=${s.id}#foreslaa`}>Foreslå foranstaltning<span className="sr-only"> ud fra screeningen {formatDate(s.screenedAt)}</span></Link></>
              )}
            </td>
            <td>{s.rationale}</td>
            <td>{s.screenedBy.displayName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
