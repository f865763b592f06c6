import { CASE_STATUS_LABELS, RISK_LEVEL_LABELS, label } from '../../../app/labels';
import { useMunicipalityName } from '../../intake/useMunicipalities';
import { CaseFlags } from '../CaseFlags';
import type { CaseDetail } from '../casesApi';
import { ResponsibleName } from '../involvement/ResponsibleName';

/** The facts a caseworker needs on every page of the case: where it stands, who owns it, how dangerous it is. */
export function CaseHeader({ c }: { c: CaseDetail }) {
  const municipalityName = useMunicipalityName();
  return (
    <dl className="summary-list case-overview case-header">
      <div>
        <dt>Status</dt>
        <dd>{label(CASE_STATUS_LABELS, c.status)} <CaseFlags acute={c.acute} dutyPending={c.dutyToNotify.applies && !c.dutyToNotify.fulfilledAt} otherLegalBasis={c.otherLegalBasis} none={null} /></dd>
      </div>
      <div>
        <dt>Risikoniveau</dt>
        <dd>{c.currentRiskLevel ? label(RISK_LEVEL_LABELS, c.currentRiskLevel) : 'Ikke vurderet'}</dd>
      </div>
      <div>
        <dt>Ansvarlig kommune</dt>
        <dd>{municipalityName(c.responsibleMunicipalityCode)}</dd>
      </div>
      <div>
        <dt>Ansvarlig sagsbehandler</dt>
        <dd><ResponsibleName r={c.responsibleCaseworker} municipalityInvolved={c.involvement.municipality} /></dd>
      </div>
    </dl>
  );
}
