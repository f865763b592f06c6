import { CONSENT_SCOPE_LABELS, GENDER_LABELS, PERSON_ROLE_LABELS, label } from '../../app/labels';
import { may } from '../../app/roles';
import { ConsentList } from '../intake/ConsentPanel';
import { LegalBasisList } from '../intake/LegalBasisForm';
import { useMunicipalityName } from '../intake/useMunicipalities';
import { useAuth } from '../../app/auth';
import { LegalBasisForm } from '../intake/LegalBasisForm';
import { AddPersonForm } from './AddPersonForm';
import { recordCaseLegalBasis, type CaseDetail, type Person } from './casesApi';

/** Who the case is about and on what footing: persons with their roles, consents and any other legal basis. */
export function PartiesPanel({ caseData, refresh }: { caseData: CaseDetail; refresh: () => void }) {
  const { user } = useAuth();
  const open = caseData.status !== 'AFSLUTTET' && caseData.status !== 'OVERDRAGET';
  const persons = [...(caseData.citizen ? [caseData.citizen] : []), ...caseData.persons.filter((p) => p.id !== caseData.citizen?.id)];
  const activeScopes = new Set(caseData.consents.filter((c) => c.status === 'AKTIV').flatMap((c) => c.scopes));
  return (
    <div>
      <table className="table table--zebra">
        <caption className="sr-only">Personer i sagen</caption>
        <thead><tr><th scope="col">Rolle</th><th scope="col">Relation til borgeren</th><th scope="col">Navn</th><th scope="col">CPR-nummer</th><th scope="col">Kontakt</th><th scope="col">Statsborgerskab og pas</th></tr></thead>
        <tbody>
          {persons.map((p) => <PersonRow key={p.id} p={p} />)}
        </tbody>
      </table>
      {open && may(user, 'case.update') && <AddPersonForm caseId={caseData.id} refresh={refresh} />}
      <h3>Samtykker</h3>
      <ConsentList consents={caseData.consents} onWithdrawn={open && may(user, 'consent.record') ? refresh : undefined} />
      {caseData.otherLegalBasis && (
        <>
          <h3>Anden hjemmel</h3>
          <p className="badge badge-info">Sagen behandles på anden hjemmel end samtykke</p>
          <LegalBasisList items={caseData.legalBases} />
        </>
      )}
      <p>
        Gældende samtykke eller hjemmel omfatter:{' '}
        {activeScopes.size || caseData.legalBases.length
          ? [...new Set([...activeScopes, ...caseData.legalBases.flatMap((b) => b.scopes)])].map((s) => label(CONSENT_SCOPE_LABELS, s).toLowerCase()).join(', ')
          : 'intet – sagen må ikke behandles videre'}
        .
      </p>
      {open && may(user, 'consent.other_legal_basis') && (
        <details className="details action-details d-print-none">
          <summary className="details-summary"><span className="details-summary-text">Registrér anden hjemmel end samtykke</span></summary>
          <div className="details-text">
            <LegalBasisForm record={(body) => recordCaseLegalBasis(caseData.id, body)} queryKey={['cases', caseData.id]} />
          </div>
        </details>
      )}
    </div>
  );
}

function PersonRow({ p }: { p: Person }) {
  const municipalityName = useMunicipalityName();
  return (
    <tr>
      <td>{label(PERSON_ROLE_LABELS, p.role)}</td>
      <td>{p.role === 'BORGER' ? '—' : (p.relation ?? 'Ikke oplyst')}{p.abroad && <><br /><span className="form-hint">I udlandet{p.country ? `: ${p.country}` : ''}</span></>}</td>
      <td>
        {p.name}
        <br />
        <span className="form-hint">{[label(GENDER_LABELS, p.gender), p.age !== null ? `${p.age} år` : null].filter(Boolean).join(', ')}</span>
      </td>
      <td>{p.cpr ?? '—'}</td>
      <td>{[p.address, p.municipalityCode ? municipalityName(p.municipalityCode) : null, p.phone].filter(Boolean).join(', ') || '—'}</td>
      <td>
        {p.citizenships.join(', ') || '—'}
        {p.passports.length > 0 && <><br />Pas: {p.passports.map((x) => (x.number ? `${x.country} (${x.number})` : x.country)).join(', ')}</>}
      </td>
    </tr>
  );
}
