import { Link, useParams } from 'react-router';
import { may } from '../../app/roles';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../app/api';
import { useAuth } from '../../app/auth';
import { NotFoundPage } from '../../app/NotFoundPage';
import {
  AGE_BAND_LABELS,
  CHANNEL_LABELS,
  CONCERN_TYPE_LABELS,
  GENDER_LABELS,
  INITIATOR_ROLE_LABELS,
  REASON_LABELS,
  label,
} from '../../app/labels';
import { ConsentForm, ConsentList } from './ConsentPanel';
import { Flash } from './Flash';
import { getInquiry, recordLegalBasis } from './intakeApi';
import { LegalBasisForm, LegalBasisList } from './LegalBasisForm';
import { useMunicipalityName } from './useMunicipalities';
import { OpenCaseForm } from './OpenCaseForm';
import { formatDateTime } from './time';
import { InquiryScreenings } from '../risk/InquiryScreenings';

export function InquiryPage() {
  const municipalityName = useMunicipalityName();
  const { id = '' } = useParams();
  const { user } = useAuth();
  const queryKey = ['inquiries', id];
  const q = useQuery({ queryKey, queryFn: () => getInquiry(id) });
  if (q.isLoading) return <p>Indlæser…</p>;
  if (q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400)) return <NotFoundPage />;
  if (q.error || !q.data) return <p role="alert">Henvendelsen kunne ikke hentes.</p>;
  const inq = q.data;
  const refetch = () => void q.refetch();
  const mayRecordLegalBasis = may(user, 'consent.other_legal_basis');

  return (
    <div>
      <Flash />
      <h1>Henvendelse {formatDateTime(inq.receivedAt)}</h1>
      <p>
        {inq.anonymous ? <span className="badge badge-info">Anonym</span> : <span className="badge badge-warning">Identificeret</span>}
        {inq.caseId && (
          <> · <Link to={`/sager/${inq.caseId}`}>Gå til sagen</Link></>
        )}
      </p>
      <dl className="summary-list">
        <dt>Hvem henvendte sig</dt>
        <dd>{label(INITIATOR_ROLE_LABELS, inq.initiatorRole)}{inq.initiatorMunicipalityCode && `, ${municipalityName(inq.initiatorMunicipalityCode)}`}</dd>
        <dt>Kanal</dt>
        <dd>{label(CHANNEL_LABELS, inq.channel)}</dd>
        <dt>Bekymringstype</dt>
        <dd>{inq.concernTypes.map((c) => label(CONCERN_TYPE_LABELS, c)).join(', ')}</dd>
        <dt>Årsager</dt>
        <dd>{inq.reasons.length ? inq.reasons.map((r) => label(REASON_LABELS, r)).join(', ') : '—'}</dd>
        <dt>Borgeren</dt>
        <dd>
          {[label(AGE_BAND_LABELS, inq.citizen.ageBand), label(GENDER_LABELS, inq.citizen.gender), municipalityName(inq.citizen.municipalityCode)].join(' · ')}
          {inq.citizen.minor && <> · <strong>under 18 år</strong></>}
        </dd>
        {inq.citizen.name && (
          <>
            <dt>Navn</dt>
            <dd>{inq.citizen.name}</dd>
          </>
        )}
        <dt>Rådgivet direkte</dt>
        <dd>{inq.advisedCitizenDirectly ? 'Ja' : 'Nej'}</dd>
        <dt>Beskrivelse</dt>
        <dd className="text-pre">{inq.summary || '—'}</dd>
      </dl>

      <InquiryScreenings inquiryId={inq.id} caseId={inq.caseId} />

      <section aria-labelledby="consents-heading">
        <h2 id="consents-heading">Samtykke og hjemmel</h2>
        <ConsentList consents={inq.consents} onWithdrawn={refetch} />
        <LegalBasisList items={inq.legalBases} />
        {!inq.caseId && <ConsentForm inquiryId={inq.id} queryKey={queryKey} />}
        {!inq.caseId && mayRecordLegalBasis && <LegalBasisForm record={(body) => recordLegalBasis(inq.id, body)} queryKey={queryKey} />}
      </section>

      {!inq.caseId && (
        <section aria-labelledby="open-case-heading">
          <h2 id="open-case-heading">Opret sag</h2>
          {!inq.caseAllowed && (
            <p>Der er endnu ikke samtykke til konkret sagssparring eller direkte rådgivning. Registrér det ovenfor, før du opretter sagen.</p>
          )}
          <OpenCaseForm inquiry={inq} />
        </section>
      )}
    </div>
  );
}
