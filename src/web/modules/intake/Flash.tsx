import { useLocation } from 'react-router';

/** A one-line confirmation carried over a navigation (e.g. "Henvendelsen er registreret."). */
export function Flash() {
  const state = useLocation().state as { flash?: string } | null;
  if (!state?.flash) return null;
  return (
    <div className="alert alert-success" role="status">
      <div className="alert-body">
        <p className="alert-text">{state.flash}</p>
      </div>
    </div>
  );
}
