import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../app/auth';
import { caseworkerOptions, createCase, type PersonInput } from '../cases/casesApi';
import { GENDER_LABELS, type Gender } from '../../app/labels';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { useForm } from '../../app/form/useForm';
import { Checkbox, FormErrorsContext, optionsOf, SelectField, TextArea, TextField } from '../../app/form/fields';
import type { Inquiry } from './intakeApi';
import { useMunicipalityOptions } from './useMunicipalities';

const PREFIX = 'case';
const LABELS: Record<string, string> = {
  'citizen.name': 'Borgerens fulde navn',
  'citizen.cpr': 'CPR-nummer',
  'citizen.address': 'Adresse',
  'citizen.phone': 'Telefon',
  'citizen.gender': 'Køn',
  'citizen.municipalityCode': 'Bopælskommune',
  'citizen.citizenships': 'Statsborgerskaber',
  'citizen.passports': 'Pas',
  responsibleMunicipalityCode: 'Ansvarlig kommune',
  responsibleCaseworkerId: 'Ansvarlig sagsbehandler',
  childrenUnder18InHousehold: 'Der er børn under 18 år i husstanden',
  acute: 'Akut fare',
};

/**
 * Opening a case identifies the citizen. Nothing typed here is saved as a draft: every field identifies a person
 * (see app/drafts.ts). The server refuses without a consent or other legal basis; the way forward is explained.
 */
export function OpenCaseForm({ inquiry }: { inquiry: Inquiry }) {
  const { options: MUNICIPALITY_OPTIONS } = useMunicipalityOptions();
  const navigate = useNavigate();
  // A caseworker may own the case themselves; anyone else must name the municipality's responsible caseworker.
  const caseworkerRequired = useAuth().user?.role !== 'caseworker';
  const [f, setF] = useState({
    name: inquiry.citizen.name ?? '',
    cpr: '',
    address: inquiry.citizen.address ?? '',
    phone: inquiry.citizen.phone ?? '',
    gender: (inquiry.citizen.gender ?? 'UOPLYST') as Gender,
    municipalityCode: inquiry.citizen.municipalityCode ?? '',
    citizenships: '',
    passports: '',
    responsibleMunicipalityCode: inquiry.citizen.municipalityCode ?? '',
    responsibleCaseworkerId: '',
    childrenUnder18InHousehold: false,
    acute: false,
  });
  const set = <K extends keyof typeof f>(k: K) => (v: (typeof f)[K]) => setF((p) => ({ ...p, [k]: v }));
  const form = useForm(Object.keys(LABELS));
  const consentMissing = form.failure?.status === 409 && form.failure.body.code === 'case.consent_required';
  const caseworkers = useQuery({
    queryKey: ['caseworkers', f.responsibleMunicipalityCode],
    queryFn: () => caseworkerOptions(f.responsibleMunicipalityCode),
    enabled: /^\d{3}$/.test(f.responsibleMunicipalityCode),
  });

  const submit = form.submit(
    () => ({
      'citizen.name': f.name.trim() ? undefined : 'Skriv borgerens navn.',
      'citizen.cpr': f.cpr.trim() && !/^\d{6}-?\d{4}$/.test(f.cpr.trim()) ? 'Skriv CPR-nummeret som DDMMÅÅ-SSSS.' : undefined,
      responsibleMunicipalityCode: f.responsibleMunicipalityCode ? undefined : 'Vælg den kommune, der ejer sagen.',
    }),
    async () => {
      const passports = f.passports
        .split('\n')
        .map((l) => l.split(',').map((s) => s.trim()))
        .filter(([country]) => !!country)
        .map(([country, number]) => (number ? { country: country!, number } : { country: country! }));
      const citizen: PersonInput = {
        name: f.name.trim(),
        gender: f.gender,
        citizenships: f.citizenships.split(',').map((s) => s.trim()).filter(Boolean),
        passports,
        ...(f.cpr.trim() ? { cpr: f.cpr.trim() } : {}),
        ...(f.address.trim() ? { address: f.address.trim() } : {}),
        ...(f.phone.trim() ? { phone: f.phone.trim() } : {}),
        ...(f.municipalityCode ? { municipalityCode: f.municipalityCode } : {}),
      };
      const created = await createCase({
        inquiryId: inquiry.id,
        responsibleMunicipalityCode: f.responsibleMunicipalityCode,
        ...(f.responsibleCaseworkerId ? { responsibleCaseworkerId: f.responsibleCaseworkerId } : {}),
        citizen,
        childrenUnder18InHousehold: f.childrenUnder18InHousehold,
        acute: f.acute,
      });
      navigate(`/sager/${created.id}`, { state: { flash: `Sag ${created.caseNumber} er oprettet.` } });
      return null;
    },
  );

  return (
    <div id="open-case">
      {/* The summary takes focus on every failed attempt; a missing consent is explained there with the way forward. */}
      {consentMissing && !inquiry.caseAllowed ? (
        <ErrorSummary errors={{}} general={null} labels={LABELS} version={form.attempt} prefix={PREFIX} heading="Sagen kan ikke oprettes endnu: der mangler samtykke">
          <ConsentRequired />
        </ErrorSummary>
      ) : (
        <ErrorSummary errors={form.errors} general={consentMissing ? null : form.general} labels={LABELS} version={form.attempt} prefix={PREFIX} />
      )}
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: PREFIX }}>
        <form onSubmit={submit} noValidate aria-label="Opret sag">
          <fieldset className="form-fieldset">
            <legend className="h3">Borgerens identitet</legend>
            <div className="form-row-2">
              <TextField path="citizen.name" label={LABELS['citizen.name']!} value={f.name} onChange={set('name')} />
              <TextField path="citizen.cpr" label={LABELS['citizen.cpr']!} required={false} value={f.cpr} onChange={set('cpr')}
                inputMode="numeric" hint="DDMMÅÅ-SSSS. Vises aldrig i adresselinjen." />
            </div>
            <div className="form-row-2">
              <TextField path="citizen.address" label={LABELS['citizen.address']!} required={false} value={f.address} onChange={set('address')} />
              <TextField path="citizen.phone" label={LABELS['citizen.phone']!} required={false} value={f.phone} onChange={set('phone')} type="tel" />
            </div>
            <div className="form-row-2">
              <SelectField path="citizen.gender" label={LABELS['citizen.gender']!} value={f.gender} onChange={(v) => set('gender')(v as Gender)} options={optionsOf(GENDER_LABELS)} />
              <SelectField path="citizen.municipalityCode" label={LABELS['citizen.municipalityCode']!} required={false} value={f.municipalityCode}
                placeholder="Ikke oplyst" onChange={set('municipalityCode')} options={MUNICIPALITY_OPTIONS} />
            </div>
            <TextField path="citizen.citizenships" label={LABELS['citizen.citizenships']!} required={false} value={f.citizenships}
              onChange={set('citizenships')} hint="Adskil flere med komma, fx Danmark, Irak." />
            <TextArea path="citizen.passports" label={LABELS['citizen.passports']!} required={false} value={f.passports} onChange={set('passports')}
              rows={2} hint="Ét pas pr. linje: land og evt. pasnummer adskilt af komma." />
          </fieldset>
          <fieldset className="form-fieldset">
            <legend className="h3">Ansvar</legend>
            <div className="form-row-2">
              <SelectField path="responsibleMunicipalityCode" label={LABELS.responsibleMunicipalityCode!} value={f.responsibleMunicipalityCode}
                placeholder="Vælg" onChange={(v) => setF((p) => ({ ...p, responsibleMunicipalityCode: v, responsibleCaseworkerId: '' }))}
                options={MUNICIPALITY_OPTIONS} />
              <SelectField path="responsibleCaseworkerId" label={LABELS.responsibleCaseworkerId!} required={caseworkerRequired} value={f.responsibleCaseworkerId}
                placeholder={!caseworkers.data?.items.length ? 'Ingen sagsbehandlere at vælge' : caseworkerRequired ? 'Vælg' : 'Mig selv'} onChange={set('responsibleCaseworkerId')}
                options={(caseworkers.data?.items ?? []).map((u) => ({ value: u.id, label: u.displayName }))} />
            </div>
            <Checkbox path="childrenUnder18InHousehold" label={LABELS.childrenUnder18InHousehold!} checked={f.childrenUnder18InHousehold}
              onChange={set('childrenUnder18InHousehold')} hint="Gælder voksne borgere: så gælder den skærpede underretningspligt for børnene." />
            <Checkbox path="acute" label={LABELS.acute!} checked={f.acute} onChange={set('acute')} hint="Borgeren er i akut fare: sagen markeres på alle lister." />
          </fieldset>
          <button type="submit" className="button button-primary" disabled={form.busy}>{form.busy ? 'Opretter…' : 'Opret sag'}</button>
        </form>
      </FormErrorsContext.Provider>
    </div>
  );
}

/** The 409 case.consent_required, explained with the way forward (DOMAIN.md § 4.2); shown inside the error summary. */
export function ConsentRequired() {
  return (
    <>
      <p className="alert-text">
        Før borgeren kan identificeres i en sag, skal der være registreret et samtykke, der omfatter konkret sagssparring eller direkte
        rådgivning. Er borgeren under 18 år, gives samtykket af en forældremyndighedsindehaver eller værge; ellers af borgeren selv.
      </p>
      <ul className="alert-text">
        <li><a href="#consent-form">Registrér samtykket</a> og opret derefter sagen.</li>
        <li>
          Vil det bringe barnet i fare at spørge forældrene, kan kommunens sagsbehandler i stedet registrere anden hjemmel (kommunens egen
          myndighed) <a href="#legal-basis">under “Anden hjemmel”</a>.
        </li>
      </ul>
    </>
  );
}
