import { useState } from 'react';
import { ApiError } from '../../../app/api';
import type { CaseSectionProps } from '../caseSections';
import { getCase, updateCase, versionOf } from '../casesApi';
import { isStale } from '../../../app/form/useForm';
import { StaleConflict } from '../../../app/StaleConflict';

/** Marks or unmarks acute danger (shown on every list and at the top of the case). */
export function AcuteToggle({ caseData, refresh }: CaseSectionProps) {
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const closed = caseData.status === 'AFSLUTTET' || caseData.status === 'OVERDRAGET';
  if (closed) return null;
  return (
    <div className="d-print-none">
      {error && <p className="form-error-message" role="alert">{error}</p>}
      {stale && (
        <StaleConflict what="Sagen"
          onReload={() => {
            setStale(false);
            refresh();
          }}
          compare={async () => {
            const now = await getCase(caseData.id);
            const yesNo = (v: unknown) => (v ? 'Akut fare' : 'Ikke akut fare');
            return now.acute === !caseData.acute ? [] : [{ label: 'Akut fare', mine: yesNo(!caseData.acute), theirs: yesNo(now.acute) }];
          }} />
      )}
      <button type="button" className="button button-secondary"
        onClick={async () => {
          setError(null);
          setStale(false);
          try {
            await updateCase(caseData.id, { acute: !caseData.acute, ...versionOf(caseData) });
            refresh();
          } catch (err) {
            if (isStale(err)) setStale(true);
            else setError(err instanceof ApiError ? err.body.message : 'Ændringen kunne ikke gemmes.');
          }
        }}>
        {caseData.acute ? 'Fjern markering af akut fare' : 'Markér som akut fare'}
      </button>
    </div>
  );
}
