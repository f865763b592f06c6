import { useEffect, useRef } from 'react';
import { fieldId, type FieldErrors } from './errors';

/**
 * The DKFDS error summary at the top of a form: takes focus when it appears (so keyboard and screen-reader users
 * land on it) and links each error to its field. `version` changes on each failed submit so focus moves again.
 */
export function ErrorSummary({
  errors,
  general,
  labels,
  version,
  prefix = 'f',
}: {
  errors: FieldErrors;
  general: string | null;
  labels: Record<string, string>;
  version: number;
  prefix?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const visible = entries.length > 0 || !!general;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, version]);
  if (!visible) return null;
  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={`${prefix}-error-summary`}>
      <div className="alert-body">
        <h2 className="alert-heading h3" id={`${prefix}-error-summary`}>
          {entries.length > 0 ? 'Der er fejl i formularen' : 'Det lykkedes ikke'}
        </h2>
        {general && <p className="alert-text">{general}</p>}
        {entries.length > 0 && (
          <ul className="alert-text nobullet-list">
            {entries.map(([path, message]) => (
              <li key={path}>
                <a
                  href={`#${fieldId(path, prefix)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    const el = document.getElementById(fieldId(path, prefix));
                    el?.focus();
                    el?.scrollIntoView({ block: 'center' });
                  }}
                >
                  {labels[path] ? `${labels[path]}: ` : ''}
                  {message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
