import { useEffect, useRef } from 'react';

/** A confirmation after a form succeeded: announced politely, and scrolled into view where it appears. */
export function Done({ message }: { message: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  return (
    // The live region stays in the page so screen readers hear each new message.
    <div ref={ref} role="status" aria-live="polite" className={message ? 'done-message' : undefined}>
      {message && (
        <div className="alert alert-success">
          <div className="alert-body"><p className="alert-text">{message}</p></div>
        </div>
      )}
    </div>
  );
}
