import type { AppContext } from '../../platform/app-context.js';
import { PlanContent } from './preparedness.schemas.js';
import { insertPlan } from './preparedness.repository.js';
import { revisionDueOf } from './preparedness.dates.js';

/**
 * Albertslund's plan in the structure of seed 004 (adopted 10.10.2023), in our own words and with invented
 * staff names: the demo shows what a real plan in Skjold looks like. Idempotent (insert only if none).
 */
export async function seedDemoPreparedness(ctx: AppContext) {
  const content = PlanContent.parse({
    title: 'Beredskabsplan om æresrelaterede konflikter, negativ social kontrol og ekstremisme',
    purpose: 'Planen er et redskab for alle medarbejdere, der møder borgere udsat for æresrelaterede konflikter (ÆK) eller negativ social kontrol (NSK): den giver et overblik over emnet, hjælper med at opspore og forstå borgerens situation, og viser sammen med action cards, hvem man kontakter.\n\nSager om ekstremisme og radikalisering håndteres af Den Kriminalpræventive Enhed efter kommunens enkeltsagskoncept.',
    definitions: 'Kommunen bruger Styrelsen for International Rekruttering og Integrations definitioner. Æresrelaterede konflikter opstår i familier og netværk, hvor individets rettigheder begrænses af hensyn til kollektivets ære. Negativ social kontrol er handlinger, der regulerer eller sanktionerer den enkeltes adfærd efter fællesskabets normer og begrænser den enkeltes rettigheder, trivsel eller udvikling.',
    scope: 'Kommunen identificerer få sager. Teamet vurderer, at der kan være flere, end medarbejderne opdager, og at frontpersonalets opmærksomhed skal skærpes.',
    responsibleDepartment: 'Børn og familie (afdelingschefen)',
    team: [
      { department: 'SKOLE_DAGTILBUD', name: 'Konsulent A (demo)', title: 'Pædagogisk konsulent', phone: '43 68 00 01', email: '' },
      { department: 'BOERN_FAMILIE', name: 'Konsulent B (demo)', title: 'Faglig koordinator', phone: '43 68 00 02', email: '' },
      { department: 'AELDRE_SOCIAL_SUNDHED', name: 'Konsulent C (demo)', title: 'Socialfaglig konsulent', phone: '43 68 00 03', email: '' },
      { department: 'JOBCENTER', name: 'Konsulent D (demo)', title: 'Borger og arbejdsmarked', phone: '43 68 00 04', email: '' },
      { department: 'SSP', name: 'Konsulent E (demo)', title: 'Den Kriminalpræventive Enhed', phone: '43 68 00 05', email: '' },
    ],
    knowledgePersons: [{ workplace: 'Skolerne (én pr. skole)', name: 'Udpeges af teamet', phone: '', email: '' }],
    actionCards: [
      { department: 'SKOLE_DAGTILBUD', lookFor: 'Fravær, forbud mod lejrskole eller idræt, frygt for en lang ferie i udlandet.', whatToDo: 'Tal med eleven alene. Underret efter barnets lov § 133. Søg sparring i teamet.', whomToCall: 'Familieafsnittet; ved akut fare eller udrejse politiet (112).' },
      { department: 'BOERN_FAMILIE', lookFor: 'Om barnet er sikret nu, og om forældrene er dem, barnet frygter.', whatToDo: 'Vurdér akut fare, bed sikkerhedskonsulenten om en risikovurdering, overvej pasinddragelse.', whomToCall: 'Sikkerhedskonsulenten i Region Hovedstaden; Københavns Vestegns Politi.' },
      { department: 'JOBCENTER', lookFor: 'En borger, der altid følges af et familiemedlem eller ikke må deltage i tilbud.', whatToDo: 'Tal med borgeren alene; tilbyd rådgivning; husk underretningspligten for børnene.', whomToCall: 'Teamets konsulent; RED Rådgivning 70 27 76 66.' },
    ],
    contacts: [
      { organisation: 'Sikkerhedskonsulenterne (SIRI)', name: 'Region Hovedstaden', phone: '', email: '', note: 'Risikovurdering og rådgivning' },
      { organisation: 'VISO', name: 'Rådgivning og udredning', phone: '72 42 40 00', email: '', note: '' },
      { organisation: 'RED Rådgivning', name: 'Hotline', phone: '70 27 76 66', email: '', note: 'Døgnet rundt' },
      { organisation: 'Udenrigsministeriet', name: 'Globale Vagtcenter', phone: '+45 33 92 11 12', email: '', note: 'Ved tvungen udrejse eller ufrivilligt ophold' },
      { organisation: 'Københavns Vestegns Politi', name: 'Vagtcentralen', phone: '43 86 14 48', email: '', note: '' },
    ],
    annualStatus: [{ year: 2025, casesInYear: 4, newLaw: 'Ingen ny lovgivning i året.', changes: 'Nye videnspersoner på to skoler.' }],
  });
  await insertPlan(ctx.db, { code: '165', content, adoptedOn: '2023-10-10', revisionDueOn: revisionDueOf('2023-10-10'), userId: null });
}
