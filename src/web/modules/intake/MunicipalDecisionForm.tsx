import { Done } from '../../app/Done';
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { CONSENT_SCOPE_LABELS, LEGAL_BASIS_LABELS, type ConsentScope, type LegalBasisCode } from '../../app/labels';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { errorsFromApi, type FieldErrors } from '../../app/form/errors';
import { CheckboxGroup, FormErrorsContext, optionsOf, SelectField, TextArea, TextField } from '../../app/form/fields';
import { useMunicipalityOptions } from './useMunicipalities';
import { localDateValue } from './time';
import { recordMunicipalDecision, type MunicipalDecisionInput } from '../cases/involvement/involvementApi';

const PREFIX = 'decision';
const LABELS: Record<string, string> = {
  decidedBy: 'Hvem i kommunen traf beslutningen (navn)',
  decidedByRole: 'Vedkommendes funktion',
  municipalityCode: 'Kommune',
  basis: 'Hjemmel',
  legalReference: 'Lovhenvisning',
  scopes: 'Beslutningen dækker',
  decidedAt: 'Dato for beslutningen',
  rationale: 'Begrundelse: hvorfor der ikke er indhentet samtykke',
};

/**
 * The municipality's decision, recorded from the phone (DOMAIN.md § 11.1): the municipality decided to proceed on
 * its own powers because asking the custody holders would endanger the child, and the consultant records it on
 * its behalf, naming who decided. The case can then be opened without an unsafe parental consent; the decision is
 * flagged on the case and in the DPO's list.
 */
export function MunicipalDecisionForm({ target, queryKey, defaultMunicipalityCode }: {
  target: { inquiryId: string } | { caseId: string }; queryKey: unknown[]; defaultMunicipalityCode?: string | null;
}) {
  const qc = useQueryClient();
  const { options: MUNICIPALITIES } = useMunicipalityOptions();
  const blank = () => ({
    decidedBy: '', decidedByRole: '', municipalityCode: defaultMunicipalityCode ?? '', basis: 'BARNETS_LOV_MYNDIGHED' as LegalBasisCode,
    legalReference: '', scopes: ['KONKRET_SAGSSPARRING', 'RISIKOVURDERING'] as ConsentScope[], decidedAt: localDateValue(), rationale: '',
  });
  const [d, setD] = useState(blank);
  const set = <K extends keyof ReturnType<typeof blank>>(k: K) => (v: ReturnType<typeof blank>[K]) => setD((p) => ({ ...p, [k]: v }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setDone(false);
    const local: FieldErrors = {};
    if (d.decidedBy.trim().length < 2) local.decidedBy = 'Skriv navnet på den, der traf beslutningen.';
    if (d.decidedByRole.trim().length < 2) local.decidedByRole = 'Skriv vedkommendes funktion, fx afdelingsleder.';
    if (!d.municipalityCode) local.municipalityCode = 'Vælg kommunen.';
    if (d.legalReference.trim().length < 2) local.legalReference = 'Skriv lovhenvisningen, fx Barnets lov § 20.';
    if (d.scopes.length === 0) local.scopes = 'Vælg mindst ét formål.';
    if (d.rationale.trim().length < 10) local.rationale = 'Begrund beslutningen (mindst 10 tegn).';
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) return;
    try {
      const body: MunicipalDecisionInput = {
        ...d, decidedBy: d.decidedBy.trim(), decidedByRole: d.decidedByRole.trim(), legalReference: d.legalReference.trim(), rationale: d.rationale.trim(),
      };
      await recordMunicipalDecision(target, body);
      setD(blank());
      setDone(true);
      await qc.invalidateQueries({ queryKey });
    } catch (err) {
      const mapped = errorsFromApi(err, Object.keys(LABELS));
      setErrors(mapped.fields);
      setGeneral(mapped.general);
    }
  }

  return (
    <div id="municipal-decision">
      <h3>Kommunens beslutning om anden hjemmel</h3>
      <p>
        Har kommunen besluttet at gå videre uden forældrenes samtykke, fordi det vil bringe barnet i fare at spørge dem, registrerer du
        beslutningen her på kommunens vegne. Beslutningen markeres på sagen og kan gennemgås af databeskyttelsesrådgiveren.
      </p>
      <Done message={done ? 'Kommunens beslutning er registreret. Sagen kan nu oprettes.' : null} />
      <ErrorSummary errors={errors} general={general} labels={LABELS} version={attempt} prefix={PREFIX} />
      <FormErrorsContext.Provider value={{ errors, prefix: PREFIX }}>
        <form onSubmit={submit} noValidate aria-label="Registrér kommunens beslutning">
          <div className="form-row-2">
            <TextField path="decidedBy" label={LABELS.decidedBy!} value={d.decidedBy} onChange={set('decidedBy')} />
            <TextField path="decidedByRole" label={LABELS.decidedByRole!} value={d.decidedByRole} onChange={set('decidedByRole')} hint="Fx afdelingsleder, Børn og Familie" />
          </div>
          <div className="form-row-2">
            <SelectField path="municipalityCode" label={LABELS.municipalityCode!} value={d.municipalityCode} placeholder="Vælg" onChange={set('municipalityCode')} options={MUNICIPALITIES} />
            <TextField path="decidedAt" label={LABELS.decidedAt!} type="date" value={d.decidedAt} onChange={set('decidedAt')} />
          </div>
          <div className="form-row-2">
            <SelectField path="basis" label={LABELS.basis!} value={d.basis} onChange={(v) => set('basis')(v as LegalBasisCode)} options={optionsOf(LEGAL_BASIS_LABELS)} />
            <TextField path="legalReference" label={LABELS.legalReference!} value={d.legalReference} onChange={set('legalReference')} hint="Fx Barnets lov § 20 eller Serviceloven § 12 c" />
          </div>
          <CheckboxGroup path="scopes" label={LABELS.scopes!} values={d.scopes} onChange={set('scopes')} options={optionsOf(CONSENT_SCOPE_LABELS)} />
          <TextArea path="rationale" label={LABELS.rationale!} value={d.rationale} onChange={set('rationale')} />
          <button type="submit" className="button button-secondary">Registrér kommunens beslutning</button>
        </form>
      </FormErrorsContext.Provider>
    </div>
  );
}
