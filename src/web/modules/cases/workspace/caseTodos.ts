import { CASE_SECTIONS, type CaseTodo } from '../caseSections';
import type { CaseDetail } from '../casesApi';

export interface OverviewTodo extends CaseTodo {
  /** The section path to go to, or null for something done on the overview itself. */
  path: string | null;
  /** A page of its own to go to instead of a section (with the link's text). */
  link?: { to: string; text: string };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What needs doing on a case: the duty to notify first (it is the law), then each section's own to-dos in registry order. */
export function caseTodos(c: CaseDetail): OverviewTodo[] {
  const todos: OverviewTodo[] = [];
  if (c.dutyToNotify.applies && !c.dutyToNotify.fulfilledAt) {
    todos.push({ text: `Registrér underretningen til kommunen (skærpet underretningspligt, ${c.dutyToNotify.legalReference}).`, urgent: true, path: null });
  }
  // After a handover (issues 10, 11): the previous caseworker's tasks and measures wait for a choice.
  const waiting = c.handoverPending;
  if (waiting && waiting.tasks + waiting.measures > 0 && c.status !== 'AFSLUTTET' && c.status !== 'OVERDRAGET') {
    const what = [waiting.tasks ? plural(waiting.tasks, 'opgave', 'opgaver') : '', waiting.measures ? plural(waiting.measures, 'foranstaltning', 'foranstaltninger') : ''].filter(Boolean).join(' og ');
    todos.push({
      text: `Sagen er overdraget: overtag eller fordel ${what} fra den tidligere sagsbehandler.`, urgent: true, path: null,
      link: { to: `/sager/${encodeURIComponent(c.id)}/overtag`, text: 'Overtag eller fordel' },
    });
  }
  for (const s of CASE_SECTIONS) for (const t of s.todo?.(c) ?? []) todos.push({ ...t, path: s.path });
  return todos.sort((a, b) => Number(!!b.urgent) - Number(!!a.urgent));
}
