import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { Done } from '../../app/Done';

/**
 * A one-line confirmation carried over a navigation (e.g. "Henvendelsen er registreret."). The page it lands on
 * opens where the form was scrolled to, so the confirmation is brought into view and takes focus (announced).
 */
export function Flash() {
  const state = useLocation().state as { flash?: string } | null;
  const message = state?.flash ?? null;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!message || !ref.current) return;
    ref.current.scrollIntoView({ block: 'start' });
    ref.current.focus({ preventScroll: true });
  }, [message]);
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className="flash">
      <Done message={message} />
    </div>
  );
}
