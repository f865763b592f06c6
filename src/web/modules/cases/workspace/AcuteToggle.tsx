import { useState } from 'react';
import { ApiError } from '../../../app/api';
import type { CaseSectionProps } from '../caseSections';
import { updateCase } from '../casesApi';

/** Marks or unmarks acute danger (shown on every list and at the top of the case). */
export function AcuteToggle({ caseData, refresh }: CaseSectionProps) {
  const [error, setError] = useState<string | null>(null);
  const closed = caseData.status === 'AFSLUTTET' || caseData.status === 'OVERDRAGET';
  if (closed) return null;
  return (
    <div className="d-print-none">
      {error && <p className="form-error-message" role="alert">{error}</p>}
      <button type="button" className="button button-secondary"
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
    </div>
  );
}
