import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { CaseSectionProps } from '../cases/caseSections';
import { listTasks } from './coordinationApi';
import { danishDate } from './labels';

/** On the case page: the open tasks in brief, and the way to the coordination pages. */
export function CoordinationSection({ caseData: c }: CaseSectionProps) {
  const tasks = useQuery({ queryKey: ['cases', c.id, 'tasks'], queryFn: () => listTasks(c.id) });
  const open = (tasks.data?.tasks ?? []).filter((t) => t.status === 'AABEN');
  return (
    <div>
      {tasks.data && (open.length === 0 ? <p>Ingen åbne opgaver.</p> : (
        <ul>{open.slice(0, 5).map((t) => <li key={t.id}>{t.title} – {t.owner.name || '—'}, frist {danishDate(t.deadline)}{t.overdue ? ' (overskredet)' : ''}</li>)}</ul>
      ))}
      <p className="d-print-none">
        <Link to={`/sager/${c.id}/opgaver`}>Opgaver og hvem indhenter hvad{open.length > 5 ? ` (alle ${open.length})` : ''}</Link>
        {' · '}<Link to={`/sager/${c.id}/opfoelgninger`}>Opfølgning{c.followUpDueAt ? ` (næste ${danishDate(c.followUpDueAt)})` : ''}</Link>
        {' · '}<Link to={`/sager/${c.id}/afslut-sagen`}>Afslut sagen</Link>
      </p>
    </div>
  );
}
