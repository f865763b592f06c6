import { CONCERN_TYPE_LABELS, REASON_LABELS, label } from '../../../app/labels';
import { formatDate } from '../../intake/time';
import type { CaseSectionProps } from '../caseSections';

/**
 * What the concern is about, as the inquiry put it: the concern types, the reasons and the summary written at
 * intake. Whether honour norms actually play a role is judged in the risk assessment (PATRIARK part T).
 */
export function ConcernSection({ caseData }: CaseSectionProps) {
  const { concernTypes, concern } = caseData;
  return (
    <div>
      <dl className="summary-list concern-list">
        <dt>Bekymringstype</dt>
        <dd>{concernTypes.length ? concernTypes.map((c) => label(CONCERN_TYPE_LABELS, c)).join(', ') : 'Ikke angivet'}</dd>
        <dt>Årsager til henvendelsen</dt>
        <dd>
          {concern?.reasons.length ? concern.reasons.map((r) => label(REASON_LABELS, r)).join(', ') : 'Ikke angivet'}
        </dd>
        <dt>Beskrivelse fra henvendelsen{concern && <span className="concern-date"> ({formatDate(concern.receivedAt)})</span>}</dt>
        <dd className="concern-summary">{concern?.summary || 'Ingen beskrivelse.'}</dd>
      </dl>
      <p className="form-hint">
        Om æresrelaterede normer spiller en rolle, vurderes i risikovurderingen: holdninger, trusler, vold, eskalation og varighed (PATRIARK del T).
      </p>
    </div>
  );
}
