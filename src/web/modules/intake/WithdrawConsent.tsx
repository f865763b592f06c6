import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../app/api';
import { withdrawConsent } from './intakeApi';

/**
 * "Træk tilbage" with an inline confirmation step instead of window.confirm (which screen readers and the
 * DKFDS look handle poorly): the question appears in place and takes focus; "Fortryd" puts focus back on
 * the button. Withdrawing stops all processing under the consent, so it is never one click.
 */
export function WithdrawConsent({ consentId, giverLabel, onWithdrawn }: { consentId: string; giverLabel: string; onWithdrawn: () => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returnFocus.current) triggerRef.current?.focus();
  }, [asking]);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await withdrawConsent(consentId);
      onWithdrawn();
    } catch (err) {
      setError(err instanceof ApiError ? err.body.message : 'Samtykket kunne ikke trækkes tilbage.');
    } finally {
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <button ref={triggerRef} type="button" className="button button-secondary button-small d-print-none" onClick={() => setAsking(true)}>
        Træk tilbage
      </button>
    );
  }
  const questionId = `withdraw-${consentId}-question`;
  return (
    <div className="withdraw-confirm d-print-none" role="group" aria-labelledby={questionId} tabIndex={-1} ref={questionRef}>
      <p id={questionId} className="withdraw-question">
        <strong>Træk samtykket fra {giverLabel.toLowerCase()} tilbage?</strong> Behandling under samtykket stopper.
      </p>
      {error && <p role="alert" className="text-error">{error}</p>}
      <div className="withdraw-actions">
        <button type="button" className="button button-primary button-small" disabled={busy} onClick={() => void confirm()}>
          Ja, træk tilbage
        </button>
        <button type="button" className="button button-tertiary button-small" disabled={busy}
          onClick={() => {
            returnFocus.current = true;
            setAsking(false);
          }}>
          Fortryd
        </button>
      </div>
    </div>
  );
}
