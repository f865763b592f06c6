import { useState } from 'react';
import { ApiError } from '../../../app/api';
import { RISK_LEVEL_LABELS, label } from '../../intake/codes';
import type { CaseSectionProps } from '../caseSections';
import { updateCase } from '../casesApi';

/** Whether the citizen is in acute danger now, and the risk level the latest assessment concluded. */
export function AcuteAndRiskSection({ caseData, refresh }: CaseSectionProps) {
  const [error, setError] = useState<string | null>(null);
  const closed = caseData.status === 'AFSLUTTET' || caseData.status === 'OVERDRAGET';
  return (
    <div>
      <dl className="summary-list">
        <dt>Akut fare</dt>
        <dd>{caseData.acute ? <strong className="text-error">Ja – ring 112 ved akut fare</strong> : 'Nej'}</dd>
        <dt>Aktuelt risikoniveau</dt>
        <dd>{caseData.currentRiskLevel ? label(RISK_LEVEL_LABELS, caseData.currentRiskLevel) : 'Ikke vurderet endnu'}</dd>
      </dl>
      {error && <p className="form-error-message" role="alert">{error}</p>}
      {!closed && (
        <button type="button" className="button button-secondary d-print-none"
          onClick={async () => {
            setError(null);
            try {
              await updateCase(caseData.id, { acute: !caseData.acute });
              refresh();
            } catch (err) {
              setError(err instanceof ApiError ? err.body.message : 'Ændringen kunne ikke gemmes.');
            }
          }}>
          {caseData.acute ? 'Fjern markering af akut fare' : 'Markér som akut fare'}
        </button>
      )}
    </div>
  );
}
