import { ApiError } from './api';

/** A DKFDS error summary for a failed call, listing the server's field messages. */
export function ErrorAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const body = error instanceof ApiError ? error.body : null;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-text">{body?.message ?? 'Der opstod en fejl.'}</p>
        {body && body.details.length > 0 && (
          <ul className="alert-text">
            {body.details.map((d) => <li key={d.path}>{d.message}</li>)}
          </ul>
        )}
      </div>
    </div>
  );
}
