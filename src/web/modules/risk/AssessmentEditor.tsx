import { useCallback, useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { StaleConflict } from '../../app/StaleConflict';
import { contentDifferences } from './contentDiff';
import { completeAssessment, getAssessment, type AssessmentView, type Instrument } from './riskApi';
import { saveStateText, useAutosave } from './useAutosave';
import { BackgroundStep } from './steps/BackgroundStep';
import { CompleteStep } from './steps/CompleteStep';
import { ConclusionsStep } from './steps/ConclusionsStep';
import { FactorsStep } from './steps/FactorsStep';
import { RecommendationsStep } from './steps/RecommendationsStep';
import { ScenariosStep } from './steps/ScenariosStep';

export const STEPS = [
  { slug: 'baggrund', label: '1. Baggrund' },
  { slug: 'faktorer', label: '2. Faktorer' },
  { slug: 'scenarier', label: '3. Scenarier' },
  { slug: 'konklusioner', label: '4. Konklusioner' },
  { slug: 'anbefalinger', label: '5. Anbefalinger' },
  { slug: 'afslut', label: '6. Afslut' },
] as const;

/** One page per step, one draft saved as you go. The step lives in the URL, so reload and back work. */
export function AssessmentEditor({ caseId, initial, instrument }: { caseId: string; initial: AssessmentView; instrument: Instrument }) {
  const { step = 'baggrund' } = useParams();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const onSaved = useCallback((v: AssessmentView) => qc.setQueryData(['risk', caseId, 'assessment', v.id, 'changed'], v.changedFromPrevious), [qc, caseId]);
  const save = useAutosave(caseId, initial, onSaved);
  const changedPaths = (qc.getQueryData<string[]>(['risk', caseId, 'assessment', initial.id, 'changed']) ?? initial.changedFromPrevious);
  const changed = (path: string) => changedPaths.some((p) => p === path || p.startsWith(`${path}.`));
  const index = Math.max(0, STEPS.findIndex((s) => s.slug === step));
  const base = `/sager/${caseId}/risiko/vurderinger/${initial.id}`;

  // A new step takes focus on its heading; a link from the completion check goes to the field it names.
  const location = useLocation();
  useEffect(() => {
    const target = (location.state as { focus?: string | null } | null)?.focus;
    const field = target ? document.getElementById(target) : null;
    if (field) {
      field.focus();
      field.scrollIntoView({ block: 'center' });
    } else heading.current?.focus();
  }, [index, location.key]);

  const props = { content: save.content, update: save.update, instrument, changed };
  const onComplete = async () => {
    await save.flush();
    await completeAssessment(caseId, initial.id);
    await qc.invalidateQueries({ queryKey: ['risk', caseId] });
    navigate(base);
  };

  return (
    <div className="risk-assessment">
      <h1 ref={heading} tabIndex={-1}>Risikovurdering nr. {initial.version} – udkast</h1>
      <p>Sag {initial.caseNumber} · {instrument.name}{initial.basedOnId && ' · udfyldt på forhånd fra den seneste vurdering; ændringer er markeret'}</p>
      <nav className="risk-steps" aria-label="Vurderingens trin">
        <ol>
          {STEPS.map((s, i) => (
            <li key={s.slug}><Link to={`${base}/${s.slug}`} aria-current={i === index ? 'step' : undefined}>{s.label}</Link></li>
          ))}
        </ol>
      </nav>
      <p className="save-status" role="status" aria-live="polite">{saveStateText(save.state, save.savedAt)}{save.problem && ` ${save.problem}`}</p>
      {save.state === 'conflict' && (
        <StaleConflict what="Udkastet" onReload={save.takeTheirs} onKeepMine={() => save.keepMine(save.theirVersion)}
          compare={async () => contentDifferences(save.content, (await getAssessment(caseId, initial.id)).content)} />
      )}
      <form onSubmit={(e) => e.preventDefault()} aria-label={STEPS[index]!.label}>
        {index === 0 && <BackgroundStep {...props} />}
        {index === 1 && <FactorsStep {...props} />}
        {index === 2 && <ScenariosStep {...props} />}
        {index === 3 && <ConclusionsStep {...props} />}
        {index === 4 && <RecommendationsStep {...props} />}
        {index === 5 && <CompleteStep {...props} onComplete={onComplete} busy={save.state === 'saving'} />}
      </form>
      <div className="step-nav">
        {index > 0 ? <Link className="button button-secondary" to={`${base}/${STEPS[index - 1]!.slug}`}>Forrige trin</Link> : <span />}
        {index < STEPS.length - 1 && <Link className="button button-primary" to={`${base}/${STEPS[index + 1]!.slug}`}>Næste trin</Link>}
      </div>
      <p className="d-print-none"><Link to={`/sager/${caseId}/risiko`}>Tilbage til sagen</Link></p>
    </div>
  );
}
