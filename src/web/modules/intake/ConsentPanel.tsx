import { Done } from '../../app/Done';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { CONSENT_CHANNEL_LABELS, CONSENT_GIVER_LABELS, CONSENT_SCOPE_LABELS, label, type ConsentChannel, type ConsentGiver, type ConsentScope } from '../../app/labels';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { useForm } from '../../app/form/useForm';
import { CheckboxGroup, FormErrorsContext, optionsOf, SelectField, TextField } from '../../app/form/fields';
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
  const form = useForm(Object.keys(LABELS), { explain: (err) => CONFLICT_MESSAGES[err.body.code] ?? null });
  const set = <K extends keyof ConsentDraft>(k: K) => (v: ConsentDraft[K]) => setD((p) => ({ ...p, [k]: v }));

  const submit = form.submit(
    () => ({
      giver: d.giver ? undefined : 'Vælg hvem der giver samtykket.',
      scopes: d.scopes.length ? undefined : 'Vælg mindst ét formål, samtykket omfatter.',
      givenAt: d.givenAt ? undefined : 'Angiv datoen for samtykket.',
    }),
    async () => {
      await recordConsent(inquiryId, { giver: d.giver as ConsentGiver, scopes: d.scopes, givenAt: d.givenAt, channel: d.channel });
      setD(blank());
      await qc.invalidateQueries({ queryKey });
      return 'Samtykket er registreret.';
    },
  );

  return (
    <div id="consent-form">
      <h3>Registrér samtykke</h3>
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={PREFIX} />
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: PREFIX }}>
        <form onSubmit={submit} noValidate aria-label="Registrér samtykke">
          <SelectField path="giver" label={LABELS.giver!} value={d.giver} placeholder="Vælg" onChange={(v) => set('giver')(v as ConsentGiver)}
            options={optionsOf(CONSENT_GIVER_LABELS)} hint="Under 18 år: forældremyndighedsindehaver eller værge. 18 år og derover: borgeren selv." />
          <CheckboxGroup path="scopes" label={LABELS.scopes!} values={d.scopes} onChange={set('scopes')} options={optionsOf(CONSENT_SCOPE_LABELS)} />
          <div className="form-row-2">
            <TextField path="givenAt" label={LABELS.givenAt!} type="date" value={d.givenAt} onChange={set('givenAt')} />
            <SelectField path="channel" label={LABELS.channel!} value={d.channel} onChange={(v) => set('channel')(v as ConsentChannel)} options={optionsOf(CONSENT_CHANNEL_LABELS)} />
          </div>
          <button type="submit" className="button button-primary" disabled={form.busy}>Registrér samtykke</button>
          <Done message={form.done} />
        </form>
      </FormErrorsContext.Provider>
    </div>
  );
}
