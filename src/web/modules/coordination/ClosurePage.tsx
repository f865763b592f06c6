import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../../app/api';
import { useAuth } from '../../app/auth';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { Checkbox, CheckboxGroup, FormErrorsContext, SelectField, TextArea, optionsOf } from '../../app/form/fields';
import type { CaseDetail } from '../cases/casesApi';
import { useForm as useCaseForm } from '../../app/form/useForm';
import { CaseSubPage } from './CaseSubPage';
import { getClosure } from './coordinationApi';
import { danishDate, EVALUATION_OUTCOME_LABELS, EVALUATION_OUTCOMES, HELPED_CODES, HELPED_LABELS, MEASURE_EFFECT_LABELS, MEASURE_EFFECTS } from './labels';

type Outcome = Exclude<(typeof EVALUATION_OUTCOMES)[number], 'IKKE_ANGIVET'>;
type Helped = (typeof HELPED_CODES)[number];
type Effect = (typeof MEASURE_EFFECTS)[number];

/** /sager/:id/afslutning: what stands in the way (DOMAIN.md § 11.4), what is still open, and the closing evaluation. */
export function ClosurePage() {
  return <CaseSubPage title="Afslut sagen">{(c) => <Closure c={c} />}</CaseSubPage>;
}

function Closure({ c }: { c: CaseDetail }) {
  const { user } = useAuth();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const q = useQuery({ queryKey: ['cases', c.id, 'closure'], queryFn: () => getClosure(c.id) });
  const LABELS: Record<string, string> = {
    reason: 'Begrundelse for afslutning', 'closingEvaluation.outcome': 'Hvordan endte sagen', 'closingEvaluation.helped': 'Hvad hjalp',
    'closingEvaluation.helpedNote': 'Uddybning', 'override.reason': 'Begrundelse for at afslutte trods hindringerne', outcome: 'Udfald',
  };
  const [d, setD] = useState({ reason: '', outcome: '' as Outcome | '', helped: [] as Helped[], helpedNote: '', override: false, overrideReason: '', effects: {} as Record<string, Effect> });
  const [blocked, setBlocked] = useState<{ path: string; message: string }[] | null>(null);
  const form = useCaseForm(Object.keys(LABELS));
  const closed = c.status === 'AFSLUTTET' || c.status === 'OVERDRAGET';
  if (closed) return <p>Sagen er afsluttet {danishDate(c.closure?.closedAt?.slice(0, 10))}.</p>;
  if (!q.data) return q.isLoading ? <p>Henter…</p> : <p role="alert">Oplysningerne kunne ikke hentes.</p>;
  const { blockers, openTasks, measures } = q.data;
  const overridable = blockers.some((b) => b.overridable);
  const canWrite = user?.role === 'consultant' || user?.role === 'caseworker';
  return (
    <div>
      <section aria-labelledby="blockers-heading">
        <h2 id="blockers-heading">Før sagen kan afsluttes</h2>
        {blockers.length === 0 ? <p>Intet står i vejen for at afslutte sagen.</p> : (
          <div className="alert alert-warning" role="region" aria-labelledby="blockers-heading">
            <div className="alert-body">
              <ul className="alert-text blocker-list">
                {blockers.map((b) => <li key={b.code + b.path}>{b.message}{b.overridable ? '' : ' (kan ikke tilsidesættes)'}</li>)}
              </ul>
            </div>
          </div>
        )}
      </section>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Det, der stadig er åbent</h2>
        {openTasks.length === 0 ? <p>Ingen åbne opgaver.</p> : (
          <ul>{openTasks.map((t) => <li key={t.id}>{t.title} – {t.owner || 'uden ansvarlig'}, frist {danishDate(t.deadline)}</li>)}</ul>
        )}
      </section>
      {canWrite && (
        <section aria-labelledby="close-heading">
          <h2 id="close-heading">Afslutning og evaluering</h2>
          {blocked && (
            <div className="alert alert-error" role="alert">
              <div className="alert-body">
                <p className="alert-heading">Sagen blev ikke afsluttet</p>
                <ul className="alert-text">{blocked.map((b) => <li key={b.path}>{b.message}</li>)}</ul>
              </div>
            </div>
          )}
          <ErrorSummary errors={form.errors} general={blocked ? null : form.general} labels={LABELS} version={form.attempt} prefix="close" />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'close' }}>
            <form noValidate aria-label="Afslut sagen" onSubmit={form.submit(
              () => ({
                reason: d.reason.trim() ? undefined : 'Skriv hvorfor sagen afsluttes.',
                'closingEvaluation.outcome': d.outcome ? undefined : 'Vælg hvordan sagen endte.',
                'override.reason': d.override && !d.overrideReason.trim() ? 'Skriv hvorfor sagen afsluttes trods hindringerne.' : undefined,
              }),
              async () => {
                setBlocked(null);
                try {
                  await api('POST', `/api/cases/${c.id}/close`, {
                    outcome: 'AFSLUTTET', reason: d.reason.trim(),
                    closingEvaluation: {
                      outcome: d.outcome, helped: d.helped, ...(d.helpedNote.trim() ? { helpedNote: d.helpedNote.trim() } : {}),
                      measures: Object.entries(d.effects).map(([measureId, effect]) => ({ measureId, effect })),
                    },
                    ...(d.override ? { override: { reason: d.overrideReason.trim() } } : {}),
                  });
                } catch (err) {
                  if (err instanceof ApiError && err.body.code === 'case.close_blocked') setBlocked(err.body.details);
                  throw err;
                }
                await qc.invalidateQueries({ queryKey: ['cases', c.id] });
                await qc.invalidateQueries({ queryKey: ['me', 'work'] });
                navigate(`/sager/${c.id}`, { state: { flash: 'Sagen er afsluttet.' } });
                return 'Sagen er afsluttet.';
              },
            )}>
              <TextArea path="reason" label={LABELS.reason!} rows={2} value={d.reason} onChange={(v) => setD((p) => ({ ...p, reason: v }))} />
              <SelectField path="closingEvaluation.outcome" label={LABELS['closingEvaluation.outcome']!} value={d.outcome} placeholder="Vælg"
                onChange={(v) => setD((p) => ({ ...p, outcome: v as Outcome }))}
                options={optionsOf(EVALUATION_OUTCOME_LABELS, EVALUATION_OUTCOMES.filter((o) => o !== 'IKKE_ANGIVET'))}
                hint="Tælles med i statistikken (anonymt)." />
              <CheckboxGroup path="closingEvaluation.helped" label={LABELS['closingEvaluation.helped']!} values={d.helped}
                onChange={(v) => setD((p) => ({ ...p, helped: v }))} options={optionsOf(HELPED_LABELS, HELPED_CODES)} />
              <TextArea path="closingEvaluation.helpedNote" label={LABELS['closingEvaluation.helpedNote']!} required={false} rows={2} value={d.helpedNote}
                onChange={(v) => setD((p) => ({ ...p, helpedNote: v }))} />
              {measures.map((m) => (
                <SelectField key={m.id} path={`measure-${m.id}`} label={`Virkede foranstaltningen »${m.label}«?`} value={d.effects[m.id] ?? ''} placeholder="Ikke vurderet"
                  onChange={(v) => setD((p) => ({ ...p, effects: { ...p.effects, ...(v ? { [m.id]: v as Effect } : {}) } }))} options={optionsOf(MEASURE_EFFECT_LABELS, MEASURE_EFFECTS)} />
              ))}
              {overridable && (
                <>
                  <Checkbox path="override" label="Afslut alligevel (registreres med begrundelse)" checked={d.override} onChange={(v) => setD((p) => ({ ...p, override: v }))}
                    hint="Underretningspligten kan ikke tilsidesættes." />
                  {d.override && <TextArea path="override.reason" label={LABELS['override.reason']!} rows={2} value={d.overrideReason} onChange={(v) => setD((p) => ({ ...p, overrideReason: v }))} />}
                </>
              )}
              <button type="submit" className="button button-primary" disabled={form.busy}>Afslut sagen</button>
            </form>
          </FormErrorsContext.Provider>
        </section>
      )}
    </div>
  );
}
