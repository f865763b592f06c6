import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { RECIPIENT_TYPE_LABELS, RECIPIENT_TYPES } from './labels';
import { formatDate, recordDisclosure, today, type AssessmentView } from './riskApi';

/** DOMAIN.md § 4.7: to whom and when this assessment was made known (citizen, authorities). */
export function DisclosurePanel({ view, canWrite }: { view: AssessmentView; canWrite: boolean }) {
  const qc = useQueryClient();
  const [recipientType, setRecipientType] = useState<(typeof RECIPIENT_TYPES)[number]>('BORGER');
  const [recipient, setRecipient] = useState('Borgeren');
  const [disclosedOn, setDisclosedOn] = useState(today());
  const [error, setError] = useState<string | null>(null);
  return (
    <section aria-labelledby="disclosures-h">
      <h2 id="disclosures-h">Gjort kendt for</h2>
      {view.disclosures.length === 0 ? <p>Det er ikke registreret, at vurderingen er gjort kendt for nogen.</p> : (
        <ul>{view.disclosures.map((d) => <li key={d.id}>{formatDate(d.disclosedOn)}: {RECIPIENT_TYPE_LABELS[d.recipientType]} – {d.recipient} (registreret af {d.recordedBy.displayName})</li>)}</ul>
      )}
      {canWrite && (
        <form className="action-form" aria-label="Registrér hvem vurderingen er gjort kendt for"
          onSubmit={async (e) => {
            e.preventDefault();
            setError(null);
            try {
              await recordDisclosure(view.caseId, view.id, { recipientType, recipient, disclosedOn });
              await qc.invalidateQueries({ queryKey: ['risk', view.caseId, 'assessment', view.id] });
            } catch (err) {
              setError(err instanceof ApiError ? (err.body.details[0]?.message ?? err.body.message) : 'Kunne ikke registreres.');
            }
          }}>
          <div className="form-group">
            <label className="form-label" htmlFor="disc-type">Modtager</label>
            <select id="disc-type" className="form-select" value={recipientType} onChange={(e) => setRecipientType(e.target.value as typeof recipientType)}>
              {RECIPIENT_TYPES.map((r) => <option key={r} value={r}>{RECIPIENT_TYPE_LABELS[r]}</option>)}
            </select>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="disc-recipient">Hvem</label>
            <input id="disc-recipient" className="form-input" value={recipient} onChange={(e) => setRecipient(e.target.value)} />
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="disc-date">Dato</label>
            <input id="disc-date" className="form-input" type="date" value={disclosedOn} onChange={(e) => setDisclosedOn(e.target.value)} />
          </div>
          <button type="submit" className="button button-secondary">Registrér</button>
          {error && <p className="form-error-message" role="alert">{error}</p>}
        </form>
      )}
    </section>
  );
}
