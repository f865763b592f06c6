import { Done } from '../../app/Done';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { CONSENT_SCOPE_LABELS, LEGAL_BASIS_LABELS, label, type ConsentScope, type LegalBasisCode } from '../../app/labels';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { useForm } from '../../app/form/useForm';
import { CheckboxGroup, FormErrorsContext, optionsOf, SelectField, TextArea, TextField } from '../../app/form/fields';
import type { LegalBasis, LegalBasisInput } from './intakeApi';
import { formatDate, localDateValue } from './time';

const PREFIX = 'basis';
const LABELS: Record<string, string> = {
  basis: 'Hjemmel',
  scopes: 'Hjemlen dækker',
  decidedBy: 'Besluttet af (funktion)',
  decidedAt: 'Dato for beslutningen',
  rationale: 'Begrundelse: hvorfor der ikke er indhentet samtykke',
};

export function LegalBasisList({ items }: { items: LegalBasis[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="legal-basis-list">
      {items.map((b) => (
        <li key={b.id}>
          <strong>{label(LEGAL_BASIS_LABELS, b.basis)}</strong> – dækker {b.scopes.map((s) => label(CONSENT_SCOPE_LABELS, s).toLowerCase()).join(', ')}.
          Besluttet {formatDate(b.decidedAt)} af {b.decidedBy}. <span className="text-pre">{b.rationale}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The other door than consent (DOMAIN.md § 4.2): when asking the custody holders would endanger the child, the
 * municipality proceeds on its own powers. Recorded with who decided and why; the case is flagged and the DPO can review.
 */
export function LegalBasisForm({ record, queryKey }: { record: (body: LegalBasisInput) => Promise<unknown>; queryKey: unknown[] }) {
  const qc = useQueryClient();
  const blank = () => ({ basis: '' as LegalBasisCode | '', scopes: [] as ConsentScope[], decidedBy: '', decidedAt: localDateValue(), rationale: '' });
  const [d, setD] = useState(blank);
  const set = <K extends keyof ReturnType<typeof blank>>(k: K) => (v: ReturnType<typeof blank>[K]) => setD((p) => ({ ...p, [k]: v }));
  const form = useForm(Object.keys(LABELS));

  const submit = form.submit(
    () => ({
      basis: d.basis ? undefined : 'Vælg hjemlen.',
      scopes: d.scopes.length ? undefined : 'Vælg mindst ét formål.',
      decidedBy: d.decidedBy.trim().length >= 2 ? undefined : 'Skriv hvem (hvilken funktion) der har truffet beslutningen.',
      rationale: d.rationale.trim().length >= 10 ? undefined : 'Begrund beslutningen (mindst 10 tegn).',
    }),
    async () => {
      await record({ ...d, basis: d.basis as LegalBasisCode, decidedBy: d.decidedBy.trim(), rationale: d.rationale.trim() });
      setD(blank());
      await qc.invalidateQueries({ queryKey });
      return 'Hjemlen er registreret.';
    },
  );

  return (
    <div id="legal-basis">
      <h3>Registrér anden hjemmel</h3>
      <p>Bruges kun, når det vil bringe barnet i fare at bede forældremyndighedsindehaverne om samtykke. Beslutningen markeres på sagen og kan gennemgås af databeskyttelsesrådgiveren.</p>
      <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={PREFIX} />
      <FormErrorsContext.Provider value={{ errors: form.errors, prefix: PREFIX }}>
        <form onSubmit={submit} noValidate aria-label="Registrér anden hjemmel">
          <SelectField path="basis" label={LABELS.basis!} value={d.basis} placeholder="Vælg" onChange={(v) => set('basis')(v as LegalBasisCode)} options={optionsOf(LEGAL_BASIS_LABELS)} />
          <CheckboxGroup path="scopes" label={LABELS.scopes!} values={d.scopes} onChange={set('scopes')} options={optionsOf(CONSENT_SCOPE_LABELS)} />
          <div className="form-row-2">
            <TextField path="decidedBy" label={LABELS.decidedBy!} value={d.decidedBy} onChange={set('decidedBy')} hint="Fx afdelingsleder, Børn og Familie" />
            <TextField path="decidedAt" label={LABELS.decidedAt!} type="date" value={d.decidedAt} onChange={set('decidedAt')} />
          </div>
          <TextArea path="rationale" label={LABELS.rationale!} value={d.rationale} onChange={set('rationale')} />
          <button type="submit" className="button button-secondary" disabled={form.busy}>Registrér hjemmel</button>
          <Done message={form.done} />
        </form>
      </FormErrorsContext.Provider>
    </div>
  );
}
