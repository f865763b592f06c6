import { useEffect, useRef } from 'react';
import type { CaseSection } from '../caseSections';
import { useCaseContext } from './useCase';

/**
 * One section of the registry as a page of the workspace. When the side navigation was used to get here,
 * focus moves to the section's heading, so a keyboard or screen-reader user lands on what they chose.
 */
export function SectionPage({ section }: { section: CaseSection }) {
  const context = useCaseContext();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement?.closest('.case-sidenav')) heading.current?.focus();
  }, [section.path]);
  const Component = section.component;
  const headingId = `afsnit-${section.path}-heading`;
  return (
    <section id={`afsnit-${section.path}`} aria-labelledby={headingId} className="case-section">
      <h2 id={headingId} tabIndex={-1} ref={heading}>{section.title}</h2>
      <Component {...context} />
    </section>
  );
}
