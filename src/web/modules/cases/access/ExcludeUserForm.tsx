import { useState } from 'react';
import { ErrorSummary } from '../../../app/form/ErrorSummary';
import { FormErrorsContext, SelectField, TextArea } from '../../../app/form/fields';
import { excludeUser, type StaffRole } from '../casesApi';
import { Done } from '../../../app/Done';
import { useForm } from '../../../app/form/useForm';
import { STAFF_ROLE_LABELS } from './accessLabels';

const LABELS: Record<string, string> = { userId: 'Medarbejder', reason: 'Begrundelse' };

export interface ExcludeOption {
  userId: string;
  displayName: string;
  role: StaffRole;
}

/**
 * Shuts a named colleague out of the case, e.g. a relative of the citizen working in the municipality
 * (DOMAIN.md § 2). From then on the case does not exist for them, whatever their role.
 */
export function ExcludeUserForm({ caseId, options, onChanged }: { caseId: string; options: ExcludeOption[]; onChanged: () => void }) {
  const [d, setD] = useState({ userId: '', reason: '' });
  const form = useForm(Object.keys(LABELS));
  return (
    <>
      <Done message={form.done} />
      <details className="details action-details d-print-none">
        <summary className="details-summary"><span className="details-summary-text">Udeluk en medarbejder fra sagen</span></summary>
        <div className="details-text">
          <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="exclude" />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'exclude' }}>
            <form noValidate aria-label="Udeluk medarbejder"
              onSubmit={form.submit(
                () => ({
                  userId: d.userId ? undefined : 'Vælg den medarbejder, der skal udelukkes.',
                  reason: d.reason.trim().length >= 3 ? undefined : 'Skriv hvorfor medarbejderen udelukkes (mindst 3 tegn).',
                }),
                async () => {
                  const who = options.find((o) => o.userId === d.userId)!;
                  await excludeUser(caseId, { userId: d.userId, reason: d.reason.trim() });
                  setD({ userId: '', reason: '' });
                  onChanged();
                  return `${who.displayName} er udelukket fra sagen og kan ikke længere se den.`;
                },
              )}>
              <SelectField path="userId" label={LABELS.userId!} value={d.userId} placeholder="Vælg" onChange={(v) => setD((p) => ({ ...p, userId: v }))}
                hint="Den ansvarlige sagsbehandler kan ikke udelukkes; overdrag sagen først."
                options={options.map((o) => ({ value: o.userId, label: `${o.displayName} (${STAFF_ROLE_LABELS[o.role]})` }))} />
              <TextArea path="reason" label={LABELS.reason!} value={d.reason} rows={2} onChange={(v) => setD((p) => ({ ...p, reason: v }))}
                hint="Fx familiemedlem til borgeren. Begrundelsen gemmes på sagen." />
              <button type="submit" className="button button-secondary" disabled={form.busy}>Udeluk fra sagen</button>
            </form>
          </FormErrorsContext.Provider>
        </div>
      </details>
    </>
  );
}
