import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../app/auth';
import { useSessionDraft } from '../../app/drafts';
import {
  AGE_BAND_LABELS,
  CHANNEL_LABELS,
  CONCERN_TYPE_LABELS,
  GENDER_LABELS,
  INITIATOR_ROLE_LABELS,
  REASON_LABELS,
  type AgeBand,
  type Channel,
  type ConcernType,
  type Gender,
  type InitiatorRole,
  type Reason,
} from '../../app/labels';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import type { FieldErrors } from '../../app/form/errors';
import { useForm } from '../../app/form/useForm';
import { Checkbox, CheckboxGroup, FormErrorsContext, optionsOf, SelectField, TextArea, TextField } from '../../app/form/fields';
import { registerInquiry, type InquiryInput } from './intakeApi';
import { useMunicipalityOptions } from './useMunicipalities';
import { isoWithOffset, localDateTimeValue } from './time';

/** What the form holds while typing. Nothing here identifies a person, so all of it may be kept as a draft. */
interface InquiryDraft {
  receivedAt: string;
  channel: Channel;
  initiatorRole: InitiatorRole | '';
  initiatorMunicipalityCode: string;
  anonymous: boolean;
  concernTypes: ConcernType[];
  reasons: Reason[];
  ageBand: AgeBand | '';
  gender: Gender | '';
  municipalityCode: string;
  advisedCitizenDirectly: boolean;
  summary: string;
}

// Defaults for a phone call: received now, by phone, anonymous until a consent says otherwise.
const blank = (): InquiryDraft => ({
  receivedAt: localDateTimeValue(),
  channel: 'TELEFON',
  initiatorRole: '',
  initiatorMunicipalityCode: '',
  anonymous: true,
  concernTypes: [],
  reasons: [],
  ageBand: '',
  gender: '',
  municipalityCode: '',
  advisedCitizenDirectly: false,
  summary: '',
});

const PREFIX = 'inq';
const LABELS: Record<string, string> = {
  initiatorRole: 'Hvem henvender sig',
  initiatorMunicipalityCode: 'Henvenderens kommune',
  channel: 'Kanal',
  receivedAt: 'Modtaget',
  anonymous: 'Anonym henvendelse',
  concernTypes: 'Bekymringstype',
  reasons: 'Årsager til henvendelsen',
  'citizen.ageBand': 'Borgerens alder',
  'citizen.gender': 'Borgerens køn',
  'citizen.municipalityCode': 'Borgerens bopælskommune',
  'citizen.name': 'Borgerens navn',
  'citizen.cpr': 'CPR-nummer',
  'citizen.address': 'Adresse',
  'citizen.phone': 'Telefon',
  advisedCitizenDirectly: 'Borgeren blev rådgivet direkte',
  summary: 'Kort beskrivelse',
};


function validate(d: InquiryDraft): FieldErrors {
  const e: FieldErrors = {};
  if (!d.initiatorRole) e.initiatorRole = 'Vælg hvem der henvender sig.';
  if (!isoWithOffset(d.receivedAt)) e.receivedAt = 'Angiv dato og klokkeslæt for henvendelsen.';
  else if (new Date(d.receivedAt).getTime() > Date.now() + 5 * 60_000) e.receivedAt = 'Tidspunktet kan ikke ligge i fremtiden.';
  if (d.concernTypes.length === 0) e.concernTypes = 'Vælg mindst én bekymringstype.';
  return e;
}

/** Identifying fields of an identified inquiry: held in memory only, never in the draft (see app/drafts.ts). */
interface Identity {
  name: string;
  cpr: string;
  address: string;
  phone: string;
}
const noIdentity = (): Identity => ({ name: '', cpr: '', address: '', phone: '' });

/** Empty optional fields are left out: the server's strict schema takes no nulls for them. */
type NonEmpty<T> = { [K in keyof T]?: Exclude<T[K], ''> };
const present = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v !== undefined)) as NonEmpty<T>;

const toBody = (d: InquiryDraft, id: Identity): InquiryInput => ({
  receivedAt: isoWithOffset(d.receivedAt)!,
  channel: d.channel,
  initiatorRole: d.initiatorRole as InitiatorRole,
  ...present({ initiatorMunicipalityCode: d.initiatorMunicipalityCode, summary: d.summary.trim() }),
  anonymous: d.anonymous,
  concernTypes: d.concernTypes,
  reasons: d.reasons,
  citizen: {
    ...present({ ageBand: d.ageBand, gender: d.gender, municipalityCode: d.municipalityCode }),
    // Anonymous: the identifying fields are not even sent (the server would refuse them).
    ...(d.anonymous ? {} : present({ name: id.name.trim(), cpr: id.cpr.trim(), address: id.address.trim(), phone: id.phone.trim() })),
  },
  advisedCitizenDirectly: d.advisedCitizenDirectly,
});

export function InquiryFormPage() {
  const { user } = useAuth();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const draft = useSessionDraft<InquiryDraft>(user ? `${user.id}.inquiry.new` : null, blank);
  const d = draft.value;
  const [identity, setIdentity] = useState<Identity>(noIdentity);
  const setId = (k: keyof Identity) => (v: string) => setIdentity((p) => ({ ...p, [k]: v }));
  const form = useForm(Object.keys(LABELS));
  const set = <K extends keyof InquiryDraft>(k: K) => (v: InquiryDraft[K]) => draft.set((p) => ({ ...p, [k]: v }));
  const municipalities = useMunicipalityOptions();

  const submit = form.submit(
    () => validate(d),
    async () => {
      const created = await registerInquiry(toBody(d, identity));
      draft.clear();
      setIdentity(noIdentity());
      await qc.invalidateQueries({ queryKey: ['inquiries'] });
      navigate(`/henvendelser/${created.id}`, { state: { flash: 'Henvendelsen er registreret.' } });
      return null;
    },
  );

  // The form waits for the municipality list (one request, cached): typed-ahead selects need their options.
  if (municipalities.isLoading) return <p>Indlæser…</p>;
  const MUNICIPALITY_OPTIONS = municipalities.options;

  return (
    <div className="row">
      <div className="col-12 col-lg-9">
        <h1>Ny henvendelse</h1>
        {municipalities.failed && (
          <div className="alert alert-warning" role="status">
            <div className="alert-body"><p className="alert-text">Kommunelisten kunne ikke hentes. Du kan registrere uden kommune og tilføje den senere.</p></div>
          </div>
        )}
        <p className="font-lead">Registrér henvendelsen mens du taler med den, der henvender sig. Det du skriver, gemmes i denne fane, til du registrerer.</p>
        {draft.restored && (
          <div className="alert alert-info" role="status">
            <div className="alert-body">
              <p className="alert-text">Din kladde er hentet frem igen.</p>
            </div>
          </div>
        )}
        <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={PREFIX} />
        <FormErrorsContext.Provider value={{ errors: form.errors, prefix: PREFIX }}>
          <form onSubmit={submit} noValidate aria-label="Ny henvendelse">
            <div className="form-row-2">
              <SelectField path="initiatorRole" label={LABELS.initiatorRole!} value={d.initiatorRole} placeholder="Vælg" autoFocus
                onChange={(v) => set('initiatorRole')(v as InitiatorRole)} options={optionsOf(INITIATOR_ROLE_LABELS)} />
              <SelectField path="initiatorMunicipalityCode" label={LABELS.initiatorMunicipalityCode!} required={false}
                value={d.initiatorMunicipalityCode} placeholder="Ikke oplyst" onChange={set('initiatorMunicipalityCode')} options={MUNICIPALITY_OPTIONS} />
            </div>
            <div className="form-row-2">
              <SelectField path="channel" label={LABELS.channel!} value={d.channel} onChange={(v) => set('channel')(v as Channel)} options={optionsOf(CHANNEL_LABELS)} />
              <TextField path="receivedAt" label={LABELS.receivedAt!} type="datetime-local" value={d.receivedAt} onChange={set('receivedAt')} />
            </div>
            <Checkbox path="anonymous" label={LABELS.anonymous!} checked={d.anonymous} onChange={set('anonymous')}
              hint="En anonym henvendelse gemmer ingen navne, CPR-numre, adresser eller telefonnumre. Borgeren identificeres først, når der er samtykke og der oprettes en sag." />
            <CheckboxGroup path="concernTypes" label={LABELS.concernTypes!} values={d.concernTypes} onChange={set('concernTypes')}
              options={optionsOf(CONCERN_TYPE_LABELS)} />
            <CheckboxGroup path="reasons" label={LABELS.reasons!} required={false} values={d.reasons} onChange={set('reasons')}
              options={optionsOf(REASON_LABELS)} columns hint="Vælg alle der passer." />
            <fieldset className="form-fieldset">
              <legend className="h3">Borgeren</legend>
              <div className="form-row-3">
                <SelectField path="citizen.ageBand" label={LABELS['citizen.ageBand']!} value={d.ageBand} placeholder="Ikke oplyst"
                  onChange={(v) => set('ageBand')(v as AgeBand)} options={optionsOf(AGE_BAND_LABELS)} />
                <SelectField path="citizen.gender" label={LABELS['citizen.gender']!} value={d.gender} placeholder="Ikke oplyst"
                  onChange={(v) => set('gender')(v as Gender)} options={optionsOf(GENDER_LABELS)} />
                <SelectField path="citizen.municipalityCode" label={LABELS['citizen.municipalityCode']!} value={d.municipalityCode}
                  placeholder="Ikke oplyst" onChange={set('municipalityCode')} options={MUNICIPALITY_OPTIONS} />
              </div>
              {!d.anonymous && (
                <>
                  <p className="form-hint">Identificerende oplysninger gemmes ikke i kladden: de forsvinder, hvis siden genindlæses.</p>
                  <div className="form-row-2">
                    <TextField path="citizen.name" label={LABELS['citizen.name']!} required={false} value={identity.name} onChange={setId('name')} />
                    <TextField path="citizen.cpr" label={LABELS['citizen.cpr']!} required={false} value={identity.cpr} onChange={setId('cpr')}
                      inputMode="numeric" hint="DDMMÅÅ-SSSS" className="input-width-s" />
                  </div>
                  <div className="form-row-2">
                    <TextField path="citizen.address" label={LABELS['citizen.address']!} required={false} value={identity.address} onChange={setId('address')} />
                    <TextField path="citizen.phone" label={LABELS['citizen.phone']!} required={false} value={identity.phone} onChange={setId('phone')} type="tel" />
                  </div>
                </>
              )}
            </fieldset>
            <Checkbox path="advisedCitizenDirectly" label={LABELS.advisedCitizenDirectly!} checked={d.advisedCitizenDirectly}
              onChange={set('advisedCitizenDirectly')} />
            <TextArea path="summary" label={LABELS.summary!} required={false} value={d.summary} onChange={set('summary')}
              hint={d.anonymous ? 'Skriv ikke navne, CPR-numre, adresser eller telefonnumre i en anonym henvendelse.' : undefined} />
            <div className="form-actions">
              <button className="button button-primary" type="submit" disabled={form.busy}>
                {form.busy ? 'Registrerer…' : 'Registrér henvendelse'}
              </button>
              <button className="button button-tertiary" type="button"
                onClick={() => {
                  draft.clear();
                  form.reset();
                }}>
                Ryd formularen
              </button>
            </div>
          </form>
        </FormErrorsContext.Provider>
      </div>
    </div>
  );
}
