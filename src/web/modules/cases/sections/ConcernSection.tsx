import { CONCERN_TYPE_LABELS, label } from '../../intake/codes';
import type { CaseSectionProps } from '../caseSections';

/** What the concern is about. Whether honour plays a role is judged in the risk assessment (PATRIARK part T). */
export function ConcernSection({ caseData }: CaseSectionProps) {
  return (
    <div>
      <p>
        Bekymringstype:{' '}
        <strong>{caseData.concernTypes.length ? caseData.concernTypes.map((c) => label(CONCERN_TYPE_LABELS, c)).join(', ') : 'ikke angivet'}</strong>.
      </p>
      <p className="form-hint">
        Om æresrelaterede normer spiller en rolle, vurderes i risikovurderingen: holdninger, trusler, vold, eskalation og varighed (PATRIARK del T).
      </p>
    </div>
  );
}
