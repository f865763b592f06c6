import { Done } from '../../app/Done';
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { CONSENT_CHANNEL_LABELS, CONSENT_GIVER_LABELS, CONSENT_SCOPE_LABELS, label, type ConsentChannel, type ConsentGiver, type ConsentScope } from '../../app/labels';
import { ErrorSummary } from './form/ErrorSummary';
import { errorsFromApi, type FieldErrors } from './form/errors';
import { CheckboxGroup, FormErrorsContext, optionsOf, SelectField, TextField } from './form/fields';
import { recordConsent, type Consent } from './intakeApi';
import { WithdrawConsent } from './WithdrawConsent';
import { formatDate, localDateValue } from './time';

const PREFIX = 'consent';
const LABELS: Record<string, string> = { giver: 'Hvem giver samtykket', scopes: 'Samtykket omfatter', givenAt: 'Dato for samtykket', channel: 'Givet via' };

/** Danish explanations for the refusals a user can fix, by the server's stable code. */
const CONFLICT_MESSAGES: Record<string, string> = {
  'consent.giver_not_allowed':
    'Samtykket kan ikke gives af den valgte person. Er borgeren under 18 år, skal samtykket gives af en forældremyndighedsindehaver eller en værge; er borgeren 18 år eller derover, af borgeren selv.',
};

export function ConsentList({ consents, onWithdrawn }: { consents: Consent[]; onWithdrawn?: () => void }) {
  if (consents.length === 0) return <p>Der er ikke registreret samtykke.</p>;
  return (
    <>
      <table className="table table--zebra">
        <caption className="sr-only">Samtykker</caption>
        <thead>
          <tr><th scope="col">Givet af</th><th scope="col">Omfatter</th><th scope="col">Dato</th><th scope="col">Via</th><th scope="col">Status</th></tr>
        </thead>
        <tbody>
          {consents.map((c) => (
            <tr key={c.id}>
              <td>{label(CONSENT_GIVER_LABELS, c.giver)}</td>
              <td>{c.scopes.map((s) => label(CONSENT_SCOPE_LABELS, s)).join(', ')}</td>
              <td>{formatDate(c.givenAt)}</td>
              <td>{label(CONSENT_CHANNEL_LABELS, c.channel)}</td>
              <td>
                {c.status === 'TILBAGEKALDT' ? (
                  <>Trukket tilbage {formatDate(c.withdrawnAt ?? c.recordedAt)}</>
                ) : onWithdrawn ? (
                  <WithdrawConsent consentId={c.id} giverLabel={label(CONSENT_GIVER_LABELS, c.giver)} onWithdrawn={onWithdrawn} />
                ) : (
                  'Gyldigt'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

interface ConsentDraft { giver: ConsentGiver | ''; scopes: ConsentScope[]; givenAt: string; channel: ConsentChannel }
const blank = (): ConsentDraft => ({ giver: '', scopes: [], givenAt: localDateValue(), channel: 'TELEFON' });

export function ConsentForm({ inquiryId, queryKey }: { inquiryId: string; queryKey: unknown[] }) {
  const qc = useQueryClient();
  const [d, setD] = useState<ConsentDraft>(blank);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const set = <K extends keyof ConsentDraft>(k: K) => (v: ConsentDraft[K]) => setD((p) => ({ ...p, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setDone(false);
    const local: FieldErrors = {};
    if (!d.giver) local.giver = 'Vælg hvem der giver samtykket.';
    if (d.scopes.length === 0) local.scopes = 'Vælg mindst ét formål, samtykket omfatter.';
    if (!d.givenAt) local.givenAt = 'Angiv datoen for samtykket.';
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) return;
    try {
      await recordConsent(inquiryId, { giver: d.giver as ConsentGiver, scopes: d.scopes, givenAt: d.givenAt, channel: d.channel });
      setD(blank());
      setDone(true);
      await qc.invalidateQueries({ queryKey });
    } catch (err) {
      const mapped = errorsFromApi(err, Object.keys(LABELS));
      setErrors(mapped.fields);
      setGeneral(err instanceof ApiError && CONFLICT_MESSAGES[err.body.code] ? CONFLICT_MESSAGES[err.body.code]! : mapped.general);
    }
  }

  return (
    <div id="consent-form">
      <h3>Registrér samtykke</h3>
      <Done message={done ? 'Samtykket er registreret.' : null} />
      <ErrorSummary errors={errors} general={general} labels={LABELS} version={attempt} prefix={PREFIX} />
      <FormErrorsContext.Provider value={{ errors, prefix: PREFIX }}>
        <form onSubmit={submit} noValidate aria-label="Registrér samtykke">
          <SelectField path="giver" label={LABELS.giver!} value={d.giver} placeholder="Vælg" onChange={(v) => set('giver')(v as ConsentGiver)}
            options={optionsOf(CONSENT_GIVER_LABELS)} hint="Under 18 år: forældremyndighedsindehaver eller værge. 18 år og derover: borgeren selv." />
          <CheckboxGroup path="scopes" label={LABELS.scopes!} values={d.scopes} onChange={set('scopes')} options={optionsOf(CONSENT_SCOPE_LABELS)} />
          <div className="form-row-2">
            <TextField path="givenAt" label={LABELS.givenAt!} type="date" value={d.givenAt} onChange={set('givenAt')} />
            <SelectField path="channel" label={LABELS.channel!} value={d.channel} onChange={(v) => set('channel')(v as ConsentChannel)} options={optionsOf(CONSENT_CHANNEL_LABELS)} />
          </div>
          <button type="submit" className="button button-primary">Registrér samtykke</button>
        </form>
      </FormErrorsContext.Provider>
    </div>
  );
}
