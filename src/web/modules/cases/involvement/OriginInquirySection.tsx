import { Link } from 'react-router';
import { InquiryScreenings } from '../../risk/InquiryScreenings';
import type { CaseSectionProps } from '../caseSections';

/**
 * The inquiry follows the case (issue 9 item 4): whoever sees the case, e.g. the caseworker who became
 * responsible, sees the inquiry it came from and its screening, so nobody registers it a second time.
 */
export function OriginInquirySection({ caseData: c }: CaseSectionProps) {
  if (!c.inquiryId) return <p className="form-hint">Sagen er ikke oprettet fra en henvendelse.</p>;
  return (
    <div>
      <p>
        Sagen er oprettet fra en henvendelse. <Link to={`/henvendelser/${c.inquiryId}`}>Se henvendelsen</Link> – den skal ikke registreres igen.
      </p>
      <InquiryScreenings inquiryId={c.inquiryId} caseId={c.id} />
    </div>
  );
}
