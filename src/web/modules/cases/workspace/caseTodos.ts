import { CASE_SECTIONS, type CaseTodo } from '../caseSections';
import type { CaseDetail } from '../casesApi';

export interface OverviewTodo extends CaseTodo {
  /** The section path to go to, or null for something done on the overview itself. */
  path: string | null;
}

/** What needs doing on a case: the duty to notify first (it is the law), then each section's own to-dos in registry order. */
export function caseTodos(c: CaseDetail): OverviewTodo[] {
  const todos: OverviewTodo[] = [];
  if (c.dutyToNotify.applies && !c.dutyToNotify.fulfilledAt) {
    todos.push({ text: `Registrér underretningen til kommunen (skærpet underretningspligt, ${c.dutyToNotify.legalReference}).`, urgent: true, path: null });
  }
  for (const s of CASE_SECTIONS) for (const t of s.todo?.(c) ?? []) todos.push({ ...t, path: s.path });
  return todos.sort((a, b) => Number(!!b.urgent) - Number(!!a.urgent));
}
