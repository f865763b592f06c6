import sprite from 'dkfds/dist/img/all-svg-icons.svg';

/**
 * A DKFDS icon from its SVG sprite (served as a file, so the CSP needs nothing inline). Decorative by default:
 * the text beside it carries the meaning.
 */
export function Icon({ name, className }: { name: string; className?: string }) {
  return (
    <svg className={className ? `icon-svg ${className}` : 'icon-svg'} focusable="false" aria-hidden="true">
      <use href={`${sprite}#${name}`} />
    </svg>
  );
}
