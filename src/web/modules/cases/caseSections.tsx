import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { CaseDetail } from './casesApi';

/**
 * THE CASE WORKSPACE'S SECTION REGISTRY: the one place a module gives its part of a case a home.
 *
 * The workspace (/sager/:id) opens on an overview; its side navigation lists the caseworker's seven questions
 * (DOMAIN.md § 3, seed 001) with the sections that answer each, and every section is a route of its own,
 * `/sager/:id/<path>`. To add a section (wave 2: safety plan, measures, tasks, actors, travel, follow-up,
 * closure), add ONE entry to CASE_SECTIONS under its slot comment:
 *
 *   { path: 'sikkerhed', question: 'sikkerhed', title: 'Sikkerhedsplan',
 *     component: lazy(() => import('../safety/SafetyPlanSection').then((m) => ({ default: m.SafetyPlanSection }))) },
 *
 * - `path` is the URL segment (Danish, lower case, no æøå) and must be unique; it also becomes the DOM id
 *   `afsnit-<path>` of the section's wrapper.
 * - `question` places it in the side navigation; the questions keep their order, sections keep list order.
 *   `'sagen'` is for facts about the case as such (persons, access), listed before the questions.
 * - `component` receives CaseSectionProps. Load it with `lazy(...)`: sections are fetched when opened, so the
 *   first page of the app stays small. It renders below the section's h2 (`title`); use h3 and lower inside.
 * - `print: false` leaves it out of the printed case (/sager/:id/udskriv), which otherwise carries every section
 *   in registry order. Forms, buttons and `details` are hidden in print; what remains must read as a record.
 * - `todo(caseData)` (optional) lists what needs doing in this section, shown on the overview with a link here.
 *   Work that needs more than the case itself belongs in the work queue (server `shared/work-item.ts`).
 */
export const CASE_QUESTIONS = [
  { id: 'fare', heading: 'Hvor alvorlig er sagen, og er borgeren i fare?', short: 'Alvor og fare' },
  { id: 'aere', heading: 'Spiller æresrelaterede normer en rolle?', short: 'Æresrelaterede normer' },
  { id: 'sikkerhed', heading: 'Hvordan sikrer jeg borgeren nu og på længere sigt?', short: 'Sikkerhed' },
  { id: 'lov', heading: 'Hvad siger loven, og hvilke foranstaltninger kan jeg bruge?', short: 'Lov og foranstaltninger' },
  { id: 'myndigheder', heading: 'Hvilke andre myndigheder skal inddrages?', short: 'Myndigheder' },
  { id: 'afslutning', heading: 'Hvordan afslutter eller overdrager jeg sagen?', short: 'Afslutning og overdragelse' },
  { id: 'opfoelgning', heading: 'Hvordan følger jeg op og evaluerer?', short: 'Opfølgning og evaluering' },
] as const;
export type CaseQuestionId = (typeof CASE_QUESTIONS)[number]['id'];

export interface CaseSectionProps {
  caseData: CaseDetail;
  /** Reload the case after a change (the journal and other lists reload themselves). */
  refresh: () => void;
}

/** A to-do on the overview: a sentence saying what to do, and how urgent. */
export interface CaseTodo {
  text: string;
  urgent?: boolean;
}

export interface CaseSection {
  path: string;
  question: CaseQuestionId | 'sagen';
  title: string;
  component: LazyExoticComponent<ComponentType<CaseSectionProps>> | ComponentType<CaseSectionProps>;
  print?: boolean;
  todo?: (c: CaseDetail) => CaseTodo[];
}

/** `lazy()` for a named export. */
const load = <M,>(factory: () => Promise<M>, name: keyof M) =>
  lazy(() => factory().then((m) => ({ default: m[name] as ComponentType<CaseSectionProps> })));

const closed = (c: CaseDetail) => c.status === 'AFSLUTTET' || c.status === 'OVERDRAGET';

export const CASE_SECTIONS: CaseSection[] = [
  // the case as such
  {
    path: 'personer', question: 'sagen', title: 'Personer, samtykke og hjemmel',
    component: load(() => import('./PartiesPanel'), 'PartiesPanel'),
    todo: (c) => {
      const scopes = c.consents.some((x) => x.status === 'AKTIV') || c.legalBases.length > 0;
      return scopes || closed(c) ? [] : [{ text: 'Der er intet gyldigt samtykke eller anden hjemmel: sagen må ikke behandles videre.', urgent: true }];
    },
  },
  // Who may see the case and who is shut out: never printed (the exclusion list and its reasons stay on screen).
  { path: 'adgang', question: 'sagen', title: 'Adgang til sagen', print: false, component: load(() => import('./access/CaseAccessPanel'), 'CaseAccessPanel') },

  // 1. fare — risk
  {
    path: 'risiko', question: 'fare', title: 'Screening og risikovurdering',
    component: load(() => import('../risk/RiskSection'), 'RiskSection'),
    todo: (c) => (c.currentRiskLevel || closed(c) ? [] : [{ text: 'Sagen har ingen afsluttet risikovurdering.' }]),
  },
  { path: 'orienteret', question: 'fare', title: 'Hvem er orienteret om risikoen', component: load(() => import('./sections/RiskCommunicationSection'), 'RiskCommunicationSection') },
  // consent / involvement (issue 9)
  { path: 'henvendelsen', question: 'fare', title: 'Henvendelsen sagen kom fra', component: load(() => import('./involvement/OriginInquirySection'), 'OriginInquirySection') },
  // 2. aere
  { path: 'bekymring', question: 'aere', title: 'Bekymringen', component: load(() => import('./sections/ConcernSection'), 'ConcernSection') },
  // 3. sikkerhed — safety (sikkerhedsplan: path 'sikkerhed'), travel (path 'rejse')
  { path: 'sikkerhed', question: 'sikkerhed', title: 'Sikkerhedsplan og foranstaltninger', component: load(() => import('../safety/SafetySection'), 'SafetySection') },
  {
    path: 'rejse', question: 'sikkerhed', title: 'Rejse og udlandsophold',
    component: load(() => import('../travel/TravelSection'), 'TravelSection'),
  },
  { path: 'barnets-stemme', question: 'sikkerhed', title: 'Barnets stemme og familiens rolle', component: load(() => import('./involvement/ChildVoiceSection'), 'ChildVoiceSection') },
  // 4. lov — measures (path 'foranstaltninger')
  { path: 'lovgrundlag', question: 'lov', title: 'Lovgrundlag', component: load(() => import('./sections/LawSection'), 'LawSection') },
  // 5. myndigheder — coordination (actors: path 'aktoerer', tasks: path 'opgaver')
  { path: 'koordinering', question: 'myndigheder', title: 'Opgaver, opfølgning og afslutning', component: load(() => import('../coordination/CoordinationSection'), 'CoordinationSection') },
  { path: 'involvering', question: 'myndigheder', title: 'Hvem er involveret: kommunen og den ansvarlige sagsbehandler', component: load(() => import('./involvement/InvolvementSection'), 'InvolvementSection') },
  // 6. afslutning — closure
  {
    path: 'afslutning', question: 'afslutning', title: 'Overdragelse, afslutning og genåbning',
    component: load(() => import('./sections/CloseHandoverSection'), 'CloseHandoverSection'),
    todo: (c) => (c.responsibleCaseworker || closed(c) || c.involvement?.municipality === false ? [] : [{ text: 'Sagen har ingen ansvarlig sagsbehandler i kommunen.' }]),
  },
  // 7. opfoelgning — follow-up
  {
    path: 'opfoelgning', question: 'opfoelgning', title: 'Status og opfølgning',
    component: load(() => import('./sections/FollowUpSection'), 'FollowUpSection'),
    todo: (c) => {
      if (closed(c)) return [];
      if (c.overdue) return [{ text: 'Opfølgningen er overskredet.', urgent: true }];
      return c.followUpDueAt ? [] : [{ text: 'Der er ingen dato for næste opfølgning.' }];
    },
  },
  { path: 'journal', question: 'opfoelgning', title: 'Journal', component: load(() => import('./sections/JournalSection'), 'JournalSection') },
];

export const sectionsOf = (question: CaseSection['question']) => CASE_SECTIONS.filter((s) => s.question === question);
export const sectionPath = (caseId: string, path: string) => `/sager/${encodeURIComponent(caseId)}/${path}`;
