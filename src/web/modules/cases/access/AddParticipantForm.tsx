import { useState } from 'react';
import { ErrorSummary } from '../../../app/form/ErrorSummary';
import { FormErrorsContext, SelectField } from '../../../app/form/fields';
import { addParticipant, type AccessCandidate } from '../casesApi';
import { Done } from '../../../app/Done';
import { useForm } from '../../../app/form/useForm';
import { STAFF_ROLE_LABELS } from './accessLabels';

const LABELS: Record<string, string> = { userId: 'Medarbejder' };

/** Adds a caseworker of the case's municipality or a consultant of its region; the role in the case follows their role. */
export function AddParticipantForm({ caseId, candidates, onChanged }: { caseId: string; candidates: AccessCandidate[]; onChanged: () => void }) {
  const [userId, setUserId] = useState('');
  const form = useForm(Object.keys(LABELS));
  return (
    <>
      <Done message={form.done} />
      <details className="details action-details d-print-none">
        <summary className="details-summary"><span className="details-summary-text">Tilføj en sagsbehandler eller sikkerhedskonsulent</span></summary>
        <div className="details-text">
          {candidates.length === 0 ? (
            <p>Der er ingen andre sagsbehandlere i kommunen eller sikkerhedskonsulenter i regionen, der kan tilføjes.</p>
          ) : (
            <>
              <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="participant" />
              <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'participant' }}>
                <form noValidate aria-label="Tilføj deltager"
                  onSubmit={form.submit(
                    () => ({ userId: userId ? undefined : 'Vælg den medarbejder, der skal tilføjes.' }),
                    async () => {
                      const who = candidates.find((c) => c.userId === userId)!;
                      await addParticipant(caseId, { userId, participantRole: who.role === 'consultant' ? 'CONSULTANT' : 'CASEWORKER' });
                      setUserId('');
                      onChanged();
                      return `${who.displayName} er tilføjet sagen.`;
                    },
                  )}>
                  <SelectField path="userId" label={LABELS.userId!} value={userId} placeholder="Vælg" onChange={setUserId}
                    hint="Kommunens sagsbehandlere og regionens sikkerhedskonsulenter."
                    options={candidates.map((c) => ({ value: c.userId, label: `${c.displayName} (${STAFF_ROLE_LABELS[c.role]})` }))} />
                  <button type="submit" className="button button-secondary" disabled={form.busy}>Tilføj til sagen</button>
                </form>
              </FormErrorsContext.Provider>
            </>
          )}
        </div>
      </details>
    </>
  );
}
