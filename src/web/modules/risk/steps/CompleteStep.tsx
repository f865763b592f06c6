import { useState } from 'react';
import { ApiError } from '../../../app/api';
import type { StepProps } from './stepProps';

/** Step 6: check and sign. The server decides what is missing; the list links each problem to its step. */
export function CompleteStep({ onComplete, busy }: StepProps & { onComplete: () => Promise<void>; busy: boolean }) {
  const [error, setError] = useState<{ message: string; details: { path: string; message: string }[] } | null>(null);
  return (
    <>
      <h2>6. Afslut og underskriv</h2>
      <p>Når vurderingen er afsluttet, er du registreret som den, der har foretaget og underskrevet den. Den kan derefter ikke ændres; en ny vurdering tager udgangspunkt i denne.</p>
      {error && (
        <div className="alert alert-error" role="alert" tabIndex={-1}>
          <div className="alert-body">
            <p className="alert-heading">{error.message}</p>
            <ul className="alert-text">{error.details.map((d) => <li key={d.path}>{d.message}</li>)}</ul>
          </div>
        </div>
      )}
      <button type="button" className="button button-primary" disabled={busy}
        onClick={async () => {
          setError(null);
          try {
            await onComplete();
          } catch (err) {
            if (err instanceof ApiError) setError({ message: err.body.message, details: err.body.details });
            else throw err;
          }
        }}>
        Afslut og underskriv vurderingen
      </button>
    </>
  );
}
