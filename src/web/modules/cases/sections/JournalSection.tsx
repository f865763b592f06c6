import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorSummary } from '../../../app/form/ErrorSummary';
import { Checkbox, FormErrorsContext, optionsOf, SelectField, TextArea, TextField } from '../../../app/form/fields';
import { formatDateTime } from '../../intake/time';
import type { CaseSectionProps } from '../caseSections';
import { addJournalEntry, getJournal, JOURNAL_TYPE_LABELS, type JournalType } from '../casesApi';
import { Done } from '../../../app/Done';
import { useForm } from '../../../app/form/useForm';

const PREFIX = 'journal';
const LABELS: Record<string, string> = { type: 'Type', title: 'Overskrift', body: 'Tekst', restricted: 'Fortroligt notat' };
// What a person writes; the system's own types (changes, risk communications) come from elsewhere.
const WRITABLE = ['NOTAT', 'OPKALD', 'MOEDE'] as const satisfies readonly JournalType[];
type Writable = (typeof WRITABLE)[number];

/** The case's timeline, newest first, and the form for a note, call or meeting. */
export function JournalSection({ caseData }: CaseSectionProps) {
  const qc = useQueryClient();
  const key = ['cases', caseData.id, 'journal'];
  const journal = useQuery({ queryKey: key, queryFn: () => getJournal(caseData.id) });
  const blank = () => ({ type: 'NOTAT' as Writable, title: '', body: '', restricted: false });
  const [d, setD] = useState(blank);
  const form = useForm(Object.keys(LABELS));

  return (
    <div>
      <div className="d-print-none journal-form">
        <h4>Tilføj til journalen</h4>
        <Done message={form.done} />
        <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={PREFIX} />
        <FormErrorsContext.Provider value={{ errors: form.errors, prefix: PREFIX }}>
          <form noValidate aria-label="Tilføj til journalen"
            onSubmit={form.submit(
              () => (d.title.trim() ? {} : { title: 'Skriv en overskrift.' }),
              async () => {
                await addJournalEntry(caseData.id, { type: d.type, title: d.title.trim(), body: d.body.trim(), restricted: d.restricted });
                setD(blank());
                await qc.invalidateQueries({ queryKey: key });
                return 'Tilføjet til journalen.';
              },
            )}>
            <div className="form-row-2">
              <SelectField path="type" label={LABELS.type!} value={d.type} onChange={(v) => setD((p) => ({ ...p, type: v as Writable }))} options={optionsOf(JOURNAL_TYPE_LABELS, WRITABLE)} />
              <TextField path="title" label={LABELS.title!} value={d.title} onChange={(v) => setD((p) => ({ ...p, title: v }))} />
            </div>
            <TextArea path="body" label={LABELS.body!} required={false} value={d.body} onChange={(v) => setD((p) => ({ ...p, body: v }))} />
            <Checkbox path="restricted" label={LABELS.restricted!} checked={d.restricted} onChange={(v) => setD((p) => ({ ...p, restricted: v }))}
              hint="Undtages fra aktindsigt, fx når en forælder beder om aktindsigt." />
            <button type="submit" className="button button-secondary" disabled={form.busy}>Tilføj</button>
          </form>
        </FormErrorsContext.Provider>
      </div>
      {journal.isLoading && <p>Indlæser journalen…</p>}
      {journal.error && <p role="alert">Journalen kunne ikke hentes.</p>}
      {journal.data && journal.data.items.length === 0 && <p>Journalen er tom.</p>}
      {journal.data && journal.data.items.length > 0 && (
        <ol className="timeline" aria-label="Journal">
          {journal.data.items.map((e) => (
            <li key={e.id} className="timeline-entry">
              <p className="timeline-meta">
                <span className="badge badge-info">{JOURNAL_TYPE_LABELS[e.type] ?? e.type}</span> {formatDateTime(e.occurredAt)}
                {e.author && <> · {e.author.displayName}</>}
                {e.restricted && <> · <strong>Fortroligt</strong></>}
              </p>
              <p className="timeline-title"><strong>{e.title}</strong></p>
              {e.body && <p className="text-pre">{e.body}</p>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
