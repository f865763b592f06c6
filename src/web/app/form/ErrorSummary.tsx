import { useEffect, useRef, type ReactNode } from 'react';
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
  heading,
  separator = ': ',
  children,
}: {
  errors: FieldErrors;
  general: string | null;
  labels: Record<string, string>;
  version: number;
  prefix?: string;
  /** Overrides the heading, e.g. for a refusal with a way forward. */
  heading?: string;
  /** Between a field's label and its message. */
  separator?: string;
  /** The way forward for a refusal (links to where it is fixed); shown in the summary, so it gets the focus too. */
  children?: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  const visible = entries.length > 0 || !!general || !!children;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [visible, version]);
  if (!visible) return null;
  return (
    <div className="alert alert-error error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={`${prefix}-error-summary`}>
      <div className="alert-body">
        <h2 className="alert-heading h3" id={`${prefix}-error-summary`}>
          {heading ?? (entries.length > 0 ? 'Der er fejl i formularen' : 'Det lykkedes ikke')}
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
                  {labels[path] ? `${labels[path]}${separator}` : ''}
                  {message}
                </a>
              </li>
            ))}
          </ul>
        )}
        {children}
      </div>
    </div>
  );
}
