import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../../app/auth';
import { Done } from '../../../app/Done';
import { ErrorSummary } from '../../../app/form/ErrorSummary';
import { errorsFromApi, type FieldErrors } from '../../../app/form/errors';
import { FormErrorsContext } from '../../../app/form/fields';
import { useMunicipalityName } from '../../intake/useMunicipalities';
import { MunicipalDecisionForm } from '../../intake/MunicipalDecisionForm';
import type { CaseSectionProps } from '../caseSections';
import { caseworkerOptions } from '../casesApi';
import { INVOLVEMENT_LABELS, setResponsible } from './involvementApi';
import { ResponsibleName } from './ResponsibleName';
import { blankResponsible, contactOf, RESPONSIBLE_LABELS, ResponsibleChoice, responsibleErrors, type ResponsibleState } from './ResponsibleChoice';

const PREFIX = 'responsible';

/**
 * Who is involved (DOMAIN.md § 11.1): whether the municipality's users may see the case under its consents and
 * legal bases, who the responsible caseworker is (or that one is missing), and the forms to name one: an account
 * (replacing an external contact) or a contact without an account. A consultant can record the municipality's
 * decision to proceed on another legal basis here too.
 */
export function InvolvementSection({ caseData: c, refresh }: CaseSectionProps) {
  const { user } = useAuth();
  const municipalityName = useMunicipalityName();
  const mayAssign = user?.role === 'consultant' || user?.role === 'caseworker';
  const closed = c.status === 'AFSLUTTET' || c.status === 'OVERDRAGET';
  return (
    <div>
      <div className={`alert ${c.involvement.municipality ? 'alert-info' : 'alert-warning'}`}>
        <div className="alert-body">
          <p className="alert-text" id="involvering">
            <strong>{c.involvement.municipality ? `${municipalityName(c.responsibleMunicipalityCode)} Kommune er involveret.` : `${municipalityName(c.responsibleMunicipalityCode)} Kommunes brugere har ikke adgang til sagen.`}</strong>{' '}
            {INVOLVEMENT_LABELS[c.involvement.reason]}
          </p>
        </div>
      </div>
      <dl className="summary-list">
        <dt>Ansvarlig sagsbehandler</dt>
        <dd><ResponsibleName r={c.responsibleCaseworker} municipalityInvolved={c.involvement.municipality} /></dd>
      </dl>
      {mayAssign && !closed && <SetResponsibleForm caseId={c.id} municipalityCode={c.responsibleMunicipalityCode} involved={c.involvement.municipality} refresh={refresh} />}
      {user?.role === 'consultant' && !closed && c.inquiryId && !c.involvement.municipality && (
        <MunicipalDecisionForm target={{ caseId: c.id }} queryKey={['cases', c.id]} defaultMunicipalityCode={c.responsibleMunicipalityCode} />
      )}
    </div>
  );
}

function SetResponsibleForm({ caseId, municipalityCode, involved, refresh }: { caseId: string; municipalityCode: string; involved: boolean; refresh: () => void }) {
  const options = useQuery({ queryKey: ['caseworkers', municipalityCode], queryFn: () => caseworkerOptions(municipalityCode) });
  // An account would see the case: offered only while the municipality is involved (the server refuses it otherwise).
  const caseworkers = involved ? options.data?.items ?? [] : [];
  const [r, setR] = useState<ResponsibleState>(() => ({ ...blankResponsible(), mode: 'EXTERNAL' }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    setDone(null);
    const local = responsibleErrors(r);
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length) return;
    try {
      const updated = await setResponsible(caseId, r.mode === 'USER' ? { caseworkerId: r.caseworkerId } : { contact: contactOf(r) });
      setR({ ...blankResponsible(), mode: 'EXTERNAL' });
      setDone(`Ansvarlig sagsbehandler er nu ${updated.responsibleCaseworker?.displayName ?? ''}.`);
      refresh();
    } catch (err) {
      const mapped = errorsFromApi(err, ['responsibleMode', 'caseworkerId', 'contact.name', 'contact.department', 'contact.phone', 'contact.email']);
      const fields: FieldErrors = {};
      for (const [k, v] of Object.entries(mapped.fields)) fields[k === 'caseworkerId' ? 'responsibleCaseworkerId' : k.replace(/^contact/, 'responsibleCaseworker')] = v;
      setErrors(fields);
      setGeneral(mapped.general);
    }
  }

  return (
    <details className="d-print-none">
      <summary>Angiv eller skift ansvarlig sagsbehandler</summary>
      <Done message={done} />
      <ErrorSummary errors={errors} general={general} labels={RESPONSIBLE_LABELS} version={attempt} prefix={PREFIX} />
      <FormErrorsContext.Provider value={{ errors, prefix: PREFIX }}>
        <form onSubmit={submit} noValidate aria-label="Angiv ansvarlig sagsbehandler">
          <ResponsibleChoice value={r} onChange={setR} caseworkers={caseworkers} unknownAllowed={false} />
          <button type="submit" className="button button-secondary">Gem ansvarlig sagsbehandler</button>
        </form>
      </FormErrorsContext.Provider>
    </details>
  );
}
