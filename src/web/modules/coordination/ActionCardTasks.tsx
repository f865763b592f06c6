import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Done } from '../../app/Done';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { CheckboxGroup, FormErrorsContext, SelectField, TextField } from '../../app/form/fields';
import { useForm } from '../../app/form/useForm';
import { localDateValue } from '../intake/time';
import type { CaseDetail } from '../cases/casesApi';
import { useArticle, useArticles } from '../knowledge/knowledge.api';
import { ownerOf, type OwnerOption } from './CaseSubPage';
import { tasksFromActionCard } from './coordinationApi';

/**
 * "Fra handlekort": the national action cards that apply to this case (its concern types and the citizen's age,
 * as the case's knowledge links), and the chosen steps of one card made tasks in one action, with one owner and
 * one deadline. The case's knowledge links open this section with `?handlekort=<slug>`.
 */
export function ActionCardTasks({ c, owners }: { c: CaseDetail; owners: OwnerOption[] }) {
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const age = c.minor === null ? undefined : c.minor ? 'UNDER_18' : 'OVER_18';
  const cards = (useArticles({ concern: c.concernTypes, age }).data ?? []).filter((a) => a.kind === 'ACTION_CARD');
  const LABELS: Record<string, string> = { slug: 'Handlekort', stepIds: 'Trin der skal blive opgaver', owner: 'Ansvarlig', deadline: 'Frist' };
  const [d, setD] = useState({ slug: params.get('handlekort') ?? '', stepIds: [] as string[], owner: '', deadline: localDateValue() });
  const card = useArticle(d.slug);
  const form = useForm(Object.keys(LABELS));
  // A card chosen from the link is the one shown once the list confirms it applies; an unknown one is dropped.
  useEffect(() => {
    if (cards.length && d.slug && !cards.some((a) => a.slug === d.slug)) setD((p) => ({ ...p, slug: '', stepIds: [] }));
  }, [cards, d.slug]);
  // Opened from the case's knowledge link: the section appears after the page, so the browser cannot jump to it.
  const linked = !!params.get('handlekort') && cards.length > 0;
  useEffect(() => {
    if (linked) document.getElementById('handlekort')?.scrollIntoView();
  }, [linked]);
  if (!cards.length) return null;
  const steps = d.slug && card.data?.slug === d.slug ? card.data.steps : [];
  return (
    <section aria-labelledby="actioncard-heading" id="handlekort">
      <h2 id="actioncard-heading">Opgaver fra et handlekort</h2>
      <p>Vælg et af de nationale handlekort, der gælder sagen, og de trin, der skal gøres. Hvert trin bliver en opgave med samme ansvarlige og frist.</p>
      <Done message={form.done} />
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix="actioncard" />
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: 'actioncard' }}>
        <form noValidate aria-label="Opgaver fra et handlekort" onSubmit={form.submit(
          () => ({
            slug: d.slug ? undefined : 'Vælg et handlekort.',
            stepIds: !d.slug || d.stepIds.length ? undefined : 'Vælg mindst ét trin.',
            owner: d.owner ? undefined : 'Vælg hvem der er ansvarlig.',
          }),
          async () => {
            const r = await tasksFromActionCard(c.id, { slug: d.slug, stepIds: d.stepIds, owner: ownerOf(d.owner), deadline: d.deadline });
            setD((p) => ({ ...p, stepIds: [] }));
            await qc.invalidateQueries({ queryKey: ['cases', c.id, 'tasks'] });
            await qc.invalidateQueries({ queryKey: ['me', 'work'] });
            const made = r.created.length === 1 ? '1 opgave er oprettet' : `${r.created.length} opgaver er oprettet`;
            const skipped = r.alreadyThere ? ` (${r.alreadyThere} trin var allerede en opgave)` : '';
            return r.created.length ? `${made} fra handlekortet${skipped}.` : 'De valgte trin er allerede opgaver på sagen.';
          },
        )}>
          <SelectField path="slug" label={LABELS.slug!} value={d.slug} placeholder="Vælg" onChange={(v) => setD((p) => ({ ...p, slug: v, stepIds: [] }))}
            options={cards.map((a) => ({ value: a.slug, label: a.title }))} />
          {d.slug && card.isPending && <p aria-live="polite">Henter handlekortet …</p>}
          {steps.length > 0 && (
            <CheckboxGroup path="stepIds" label={LABELS.stepIds!} values={d.stepIds} onChange={(v) => setD((p) => ({ ...p, stepIds: v }))}
              options={steps.map((s) => ({ value: s.id, label: `${s.title} (typisk: ${s.who})` }))} />
          )}
          <div className="form-row-2">
            <SelectField path="owner" label={LABELS.owner!} value={d.owner} placeholder="Vælg" onChange={(v) => setD((p) => ({ ...p, owner: v }))} options={owners}
              hint="En bruger med adgang til sagen, eller en aktør på sagen." />
            <TextField path="deadline" type="date" label={LABELS.deadline!} value={d.deadline} onChange={(v) => setD((p) => ({ ...p, deadline: v }))} />
          </div>
          <button type="submit" className="button button-secondary" disabled={form.busy}>Opret opgaver fra handlekortet</button>
        </form>
      </FormErrorsContext.Provider>
    </section>
  );
}
