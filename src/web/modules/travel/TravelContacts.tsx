import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../app/auth';
import { Done } from '../../app/Done';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { FormErrorsContext, SelectField, TextArea, TextField } from '../../app/form/fields';
import { useForm } from '../../app/form/useForm';
import { formatDate, formatDateTime, todayCopenhagen } from '../../app/format';
import type { CaseDetail } from '../cases/casesApi';
import {
  GLOBALE_VAGTCENTER, TRAVEL_AUTHORITIES, TRAVEL_AUTHORITY_LABELS, TRAVEL_CONTACT_CHANNEL_LABELS, TRAVEL_CONTACT_CHANNELS,
  type TravelAuthority, type TravelContactChannel,
} from './labels';
import { listContacts, logContact, taskFromContact } from './travelApi';

const PREFIX = 'kontakt';
const LABELS: Record<string, string> = { authority: 'Myndighed', contactedAt: 'Hvornår', channel: 'Hvordan', who: 'Hvem talte du med', summary: 'Hvad blev sagt og aftalt' };

/** "now" as the value of a datetime-local input, in the browser's time. */
const nowLocal = () => {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
};
const plusDays = (iso: string, n: number) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * The authority contact log of a travel case (DOMAIN.md § 11.7): police, Udenrigsministeriet (Borgerservice /
 * Globale Vagtcenter, shown with its 24/7 number), Udlændingestyrelsen, an embassy. Who, when, how, what was
 * agreed; "Opret opgave" on a contact makes a follow-up task for the user in one click.
 */
export function TravelContacts({ c, mayEdit }: { c: CaseDetail; mayEdit: boolean }) {
  const qc = useQueryClient();
  const { user } = useAuth();
  const list = useQuery({ queryKey: ['travel', c.id, 'contacts'], queryFn: () => listContacts(c.id) });
  const empty = { authority: '' as TravelAuthority | '', contactedAt: nowLocal(), channel: 'TELEFON' as TravelContactChannel, who: '', summary: '' };
  const [d, setD] = useState(empty);
  const form = useForm(Object.keys(LABELS));
  const [taskDone, setTaskDone] = useState<string | null>(null);
  const [made, setMade] = useState<Record<string, boolean>>({});
  return (
    <section aria-labelledby="travel-contacts-h">
      <h3 id="travel-contacts-h">Kontakt med myndigheder</h3>
      <div className="alert alert-info">
        <div className="alert-body">
          <p className="alert-text"><strong>{GLOBALE_VAGTCENTER.name}:</strong> <a href={`tel:${GLOBALE_VAGTCENTER.phone.replace(/\s/g, '')}`}>{GLOBALE_VAGTCENTER.phone}</a>, {GLOBALE_VAGTCENTER.hours}.</p>
        </div>
      </div>
      <Done message={taskDone} />
      {list.data && list.data.items.length === 0 && <p>Ingen kontakter registreret.</p>}
      <ul className="nobullet-list travel-contacts">
        {(list.data?.items ?? []).map((k) => (
          <li key={k.id} className="travel-contact">
            <p className="travel-contact-meta"><strong>{k.authorityLabel}</strong> · {formatDateTime(k.contactedAt)} · {TRAVEL_CONTACT_CHANNEL_LABELS[k.channel]}{k.who ? ` · ${k.who}` : ''} · registreret af {k.createdBy.name}</p>
            <p>{k.summary}</p>
            {mayEdit && user && !made[k.id] && (
              <button type="button" className="button button-tertiary d-print-none" onClick={async () => {
                const deadline = plusDays(todayCopenhagen(), 2);
                const t = await taskFromContact(c.id, k.id, { owner: { userId: user.id }, deadline });
                setMade((m) => ({ ...m, [k.id]: true }));
                await qc.invalidateQueries({ queryKey: ['travel', c.id, 'tasks'] });
                setTaskDone(`Opgaven "${t.title}" er oprettet til dig med frist ${formatDate(deadline)}.`);
              }}>Opret opgave ud fra kontakten</button>
            )}
          </li>
        ))}
      </ul>
      {mayEdit && (
        <details className="d-print-none">
          <summary>Registrér en kontakt med en myndighed</summary>
          <Done message={form.done} />
          <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={PREFIX} />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix: PREFIX }}>
            <form noValidate aria-label="Kontakt med myndighed" onSubmit={form.submit(
              () => ({ authority: d.authority ? undefined : 'Vælg myndigheden', summary: d.summary.trim() ? undefined : 'Skriv hvad der blev sagt og aftalt', contactedAt: d.contactedAt ? undefined : 'Angiv hvornår' }),
              async () => {
                await logContact(c.id, { authority: d.authority as TravelAuthority, contactedAt: new Date(d.contactedAt).toISOString(), channel: d.channel, who: d.who, summary: d.summary });
                setD({ ...empty, contactedAt: nowLocal() });
                await qc.invalidateQueries({ queryKey: ['travel', c.id, 'contacts'] });
                return 'Kontakten er registreret og skrevet i journalen.';
              },
            )}>
              <SelectField path="authority" label={LABELS.authority!} value={d.authority} placeholder="Vælg myndighed" onChange={(v) => setD((p) => ({ ...p, authority: v as TravelAuthority }))}
                options={TRAVEL_AUTHORITIES.map((a) => ({ value: a, label: TRAVEL_AUTHORITY_LABELS[a] }))} />
              <div className="form-row-2">
                <TextField path="contactedAt" type="datetime-local" label={LABELS.contactedAt!} value={d.contactedAt} onChange={(v) => setD((p) => ({ ...p, contactedAt: v }))} />
                <SelectField path="channel" label={LABELS.channel!} value={d.channel} onChange={(v) => setD((p) => ({ ...p, channel: v as TravelContactChannel }))}
                  options={TRAVEL_CONTACT_CHANNELS.map((x) => ({ value: x, label: TRAVEL_CONTACT_CHANNEL_LABELS[x] }))} />
              </div>
              <TextField path="who" required={false} label={LABELS.who!} value={d.who} onChange={(v) => setD((p) => ({ ...p, who: v }))} hint="Fx vagthavende, sagsnummer hos myndigheden" />
              <TextArea path="summary" label={LABELS.summary!} value={d.summary} onChange={(v) => setD((p) => ({ ...p, summary: v }))} rows={3} />
              <button type="submit" className="button button-primary" disabled={form.busy}>Registrér kontakten</button>
            </form>
          </FormErrorsContext.Provider>
        </details>
      )}
    </section>
  );
}
