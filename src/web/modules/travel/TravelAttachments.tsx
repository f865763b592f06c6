import { useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Done } from '../../app/Done';
import { ErrorSummary } from '../../app/form/ErrorSummary';
import { fieldId } from '../../app/form/errors';
import { FormErrorsContext, SelectField } from '../../app/form/fields';
import { useForm } from '../../app/form/useForm';
import { formatDate } from '../../app/format';
import { TRAVEL_ATTACHMENT_KIND_LABELS, TRAVEL_ATTACHMENT_KINDS } from './labels';
import { attachmentUrl, listAttachments, uploadAttachment, type Attachment } from './travelApi';

const PREFIX = 'bilag';
const LABELS: Record<string, string> = { kind: 'Hvad er det', file: 'Fil (JPEG, PNG eller PDF, højst 10 MB)', tripId: 'Rejse' };
const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.max(1, Math.round(n / 1024))} kB`);

/**
 * A recent photo and a passport copy for a later missing-person report (DOMAIN.md § 11.7): stored encrypted,
 * every download logged, so nothing is fetched until the user asks to see it.
 */
export function TravelAttachments({ caseId, tripId, mayEdit }: { caseId: string; tripId: string | null; mayEdit: boolean }) {
  const qc = useQueryClient();
  const list = useQuery({ queryKey: ['travel', caseId, 'attachments'], queryFn: () => listAttachments(caseId) });
  const [kind, setKind] = useState('FOTO');
  const fileRef = useRef<HTMLInputElement>(null);
  const form = useForm(Object.keys(LABELS));
  const fileError = form.errors.file;
  const fid = fieldId('file', PREFIX);
  return (
    <section aria-labelledby="travel-files-h">
      <h3 id="travel-files-h">Foto og kopi af pas</h3>
      <p>Til en eventuel efterlysning. Filerne gemmes krypteret, og hver visning logges.</p>
      {list.data && list.data.items.length === 0 && <p>Ingen filer på sagen.</p>}
      <ul className="nobullet-list">
        {(list.data?.items ?? []).map((a) => <AttachmentItem key={a.id} caseId={caseId} a={a} />)}
      </ul>
      {mayEdit && (
        <details className="d-print-none">
          <summary>Læg et foto eller en paskopi på sagen</summary>
          <Done message={form.done} />
          <ErrorSummary errors={form.errors} general={form.general} labels={LABELS} version={form.attempt} prefix={PREFIX} />
          <FormErrorsContext.Provider value={{ errors: form.errors, prefix: PREFIX }}>
            <form noValidate aria-label="Foto eller paskopi" onSubmit={form.submit(
              () => ({ file: fileRef.current?.files?.[0] ? (fileRef.current.files[0].size > 10 * 1024 * 1024 ? 'Filen må højst være 10 MB' : undefined) : 'Vælg en fil' }),
              async () => {
                const a = await uploadAttachment(caseId, kind, fileRef.current!.files![0]!, tripId ?? undefined);
                if (fileRef.current) fileRef.current.value = '';
                await qc.invalidateQueries({ queryKey: ['travel', caseId, 'attachments'] });
                return `${a.kindLabel} er gemt krypteret på sagen.`;
              },
            )}>
              <SelectField path="kind" label={LABELS.kind!} value={kind} onChange={setKind} options={TRAVEL_ATTACHMENT_KINDS.map((k) => ({ value: k, label: TRAVEL_ATTACHMENT_KIND_LABELS[k] }))} />
              <div className={fileError ? 'form-group form-error' : 'form-group'}>
                <label className="form-label" htmlFor={fid}>{LABELS.file}</label>
                {fileError && <span className="form-error-message" id={`${fid}-error`}><span className="sr-only">Fejl: </span>{fileError}</span>}
                <input id={fid} ref={fileRef} type="file" name="file" accept="image/jpeg,image/png,application/pdf" aria-invalid={fileError ? true : undefined} aria-describedby={fileError ? `${fid}-error` : undefined} />
              </div>
              <button type="submit" className="button button-primary" disabled={form.busy}>Gem filen</button>
            </form>
          </FormErrorsContext.Provider>
        </details>
      )}
    </section>
  );
}

/** One file: shown only when asked (each view is a logged download). */
function AttachmentItem({ caseId, a }: { caseId: string; a: Attachment }) {
  const [shown, setShown] = useState(false);
  const url = attachmentUrl(caseId, a.id);
  return (
    <li className="travel-file">
      <strong>{a.kindLabel}</strong> · {a.fileName ?? 'uden navn'} · {size(a.sizeBytes)} · {formatDate(a.createdAt)}{' '}
      {a.mimeType === 'application/pdf'
        ? <a href={url} target="_blank" rel="noopener">Åbn PDF<span className="sr-only"> ({a.kindLabel})</span></a>
        : shown ? <img className="travel-thumb" src={url} alt={`${a.kindLabel}${a.fileName ? `: ${a.fileName}` : ''}`} />
          : <button type="button" className="button button-tertiary" onClick={() => setShown(true)}>Vis billedet<span className="sr-only"> ({a.kindLabel})</span></button>}
    </li>
  );
}
