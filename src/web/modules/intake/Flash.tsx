import { useLocation } from 'react-router';
import { Done } from '../../app/Done';

/** A one-line confirmation carried over a navigation (e.g. "Henvendelsen er registreret."). */
export function Flash() {
  const state = useLocation().state as { flash?: string } | null;
  return <Done message={state?.flash ?? null} />;
}
