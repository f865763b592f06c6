import { useQuery } from '@tanstack/react-query';
import { label } from '../../app/labels';
import { getClosure } from './coordinationApi';
import { EVALUATION_OUTCOME_LABELS, HELPED_LABELS } from './labels';

/**
 * The evaluation recorded on the closure page, as rows of the closed case's summary list: how the case ended,
 * what helped, and the note. Only the latest closing counts (a reopened and closed case has several).
 */
export function ClosingEvaluationSummary({ caseId }: { caseId: string }) {
  const q = useQuery({ queryKey: ['cases', caseId, 'closure'], queryFn: () => getClosure(caseId) });
  const latest = q.data?.evaluations[0];
  if (!latest) return null;
  return (
    <>
      <dt>Hvordan endte sagen</dt><dd>{label(EVALUATION_OUTCOME_LABELS, latest.outcome)}</dd>
      <dt>Hvad hjalp</dt>
      <dd>{latest.helped.length ? latest.helped.map((h) => label(HELPED_LABELS, h)).join(', ') : '—'}</dd>
      {latest.helpedNote && <><dt>Uddybning</dt><dd className="text-pre">{latest.helpedNote}</dd></>}
    </>
  );
}
