import type { ComponentType } from 'react';
import type { CaseDetail } from './casesApi';
import { AcuteAndRiskSection } from './sections/AcuteAndRiskSection';
import { CloseHandoverSection } from './sections/CloseHandoverSection';
import { ConcernSection } from './sections/ConcernSection';
import { FollowUpSection } from './sections/FollowUpSection';
import { JournalSection } from './sections/JournalSection';
import { LawSection } from './sections/LawSection';
import { RiskCommunicationSection } from './sections/RiskCommunicationSection';
import { RiskSection } from '../risk/RiskSection';
import { SafetySection } from '../safety/SafetySection';
import { CoordinationSection } from '../coordination/CoordinationSection';

/**
 * The case page is organised by the caseworker's seven questions (DOMAIN.md § 3, seed 001). Each module adds
 * its sections to CASE_SECTIONS under its slot comment, attached to the question it answers; the page shows the
 * questions in this order and each question's sections in list order. A question without sections says so.
 */
export const CASE_QUESTIONS = [
  { id: 'fare', heading: 'Hvor alvorlig er sagen, og er borgeren i fare?' },
  { id: 'aere', heading: 'Spiller æresrelaterede normer en rolle?' },
  { id: 'sikkerhed', heading: 'Hvordan sikrer jeg borgeren nu og på længere sigt?' },
  { id: 'lov', heading: 'Hvad siger loven, og hvilke foranstaltninger kan jeg bruge?' },
  { id: 'myndigheder', heading: 'Hvilke andre myndigheder skal inddrages?' },
  { id: 'afslutning', heading: 'Hvordan afslutter eller overdrager jeg sagen?' },
  { id: 'opfoelgning', heading: 'Hvordan følger jeg op og evaluerer?' },
] as const;
export type CaseQuestionId = (typeof CASE_QUESTIONS)[number]['id'];

export interface CaseSectionProps {
  caseData: CaseDetail;
  /** Reload the case after a change (the journal and other lists reload themselves). */
  refresh: () => void;
}

export interface CaseSection {
  /** Unique; becomes the section's DOM id (`afsnit-<id>`). */
  id: string;
  question: CaseQuestionId;
  heading: string;
  component: ComponentType<CaseSectionProps>;
}

export const CASE_SECTIONS: CaseSection[] = [
  { id: 'akut-risiko', question: 'fare', heading: 'Akut fare og aktuelt risikoniveau', component: AcuteAndRiskSection },
  // risk
  { id: 'risiko', question: 'fare', heading: 'Screening og risikovurdering', component: RiskSection },
  { id: 'risiko-formidlet', question: 'fare', heading: 'Hvem er orienteret om risikoen', component: RiskCommunicationSection },
  { id: 'bekymring', question: 'aere', heading: 'Bekymringen', component: ConcernSection },
  // safety
  { id: 'sikkerhed', question: 'sikkerhed', heading: 'Sikkerhedsplan og foranstaltninger', component: SafetySection },
  // travel
  { id: 'lov', question: 'lov', heading: 'Lovgrundlag', component: LawSection },
  // coordination
  { id: 'opgaver', question: 'myndigheder', heading: 'Opgaver, opfølgning og afslutning', component: CoordinationSection },
  { id: 'afslut-overdrag', question: 'afslutning', heading: 'Overdragelse, afslutning og genåbning', component: CloseHandoverSection },
  { id: 'status-opfoelgning', question: 'opfoelgning', heading: 'Status og opfølgning', component: FollowUpSection },
  { id: 'journal', question: 'opfoelgning', heading: 'Journal', component: JournalSection },
];
