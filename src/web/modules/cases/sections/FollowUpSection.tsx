import { useEffect, useState } from 'react';
import { CASE_STATUS_LABELS, label } from '../../../app/labels';
import { ErrorSummary } from '../../../app/form/ErrorSummary';
import { FormErrorsContext, SelectField, TextField } from '../../../app/form/fields';
import { formatDate } from '../../intake/time';
import type { CaseSectionProps } from '../caseSections';
import { getCase, updateCase, versionOf } from '../casesApi';
import { differences, StaleConflict } from '../../../app/StaleConflict';
import { isStale } from '../../../app/form/useForm';
import { Done } from '../../../app/Done';
import { useForm } from '../../../app/form/useForm';

const OPEN = ['AABEN', 'VURDERING', 'KOORDINERING', 'OPFOELGNING'] as const;
type OpenStatus = (typeof OPEN)[number];
const LABELS: Record<string, string> = { status: 'Status', followUpDueAt: 'Næste opfølgning senest' };

/** Where the case stands and when it must be looked at again (overdue follow-ups are flagged on the lists). */
export function FollowUpSection({ caseData, refresh }: CaseSectionProps) {
  const closed = !OPEN.includes(caseData.status as OpenStatus);
  const [d, setD] = useState({ status: caseData.status as OpenStatus, followUpDueAt: caseData.followUpDueAt?.slice(0, 10) ?? '' });
  const form = useForm(Object.keys(LABELS));
  // What is saved now (after one's own save, or after taking the newest version) is what the form starts from.
  useEffect(() => setD({ status: caseData.status as OpenStatus, followUpDueAt: caseData.followUpDueAt?.slice(0, 10) ?? '' }), [caseData.updatedAt]);
  return (
    <div>
      <p>
        Næste opfølgning: <strong>{caseData.followUpDueAt ? formatDate(caseData.followUpDueAt) : 'ikke fastsat'}</strong>
        {caseData.overdue && <> – <strong className="text-error">overskredet</strong></>}
      </p>
      {!closed && (
        <div className="d-print-none">
          <Done message={form.done} />
          {isStale(form.failure) ? (
            <StaleConflict what="Sagen" key={form.attempt}
              onReload={() => {
                form.reset();
                refresh();
              }}
              compare={async () => {
                const now = await getCase(caseData.id);
                const theirs = { status: now.status, followUpDueAt: now.followUpDueAt?.slice(0, 10) ?? '' };
                return differences(d, theirs, LABELS as Record<keyof typeof d, string>, (k, v) => (k === 'status' ? label(CASE_STATUS_LABELS, String(v)) : formatDate(String(v || '')) ));
              }} />
          ) : (
            <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="followup" />
          )}
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'followup' }}>
            <form noValidate aria-label="Status og opfølgning"
              onSubmit={form.submit(
                () => ({}),
                async () => {
                  await updateCase(caseData.id, { status: d.status, followUpDueAt: d.followUpDueAt || null, ...versionOf(caseData) });
                  refresh();
                  return 'Gemt.';
                },
              )}>
              <div className="form-row-2">
                <SelectField path="status" label={LABELS.status!} value={d.status} onChange={(v) => setD((p) => ({ ...p, status: v as OpenStatus }))}
                  options={OPEN.map((s) => ({ value: s, label: CASE_STATUS_LABELS[s] }))} />
                <TextField path="followUpDueAt" label={LABELS.followUpDueAt!} required={false} type="date" value={d.followUpDueAt}
                  onChange={(v) => setD((p) => ({ ...p, followUpDueAt: v }))} />
              </div>
              <button type="submit" className="button button-secondary" disabled={form.busy}>Gem status og opfølgning</button>
            </form>
          </FormErrorsContext.Provider>
        </div>
      )}
    </div>
  );
}
