import type { Article } from './knowledge.schemas.js';

/**
 * The knowledge base, in our own words after seed 004 (Albertslund's plan) and DOMAIN.md § 9. It ships with
 * the product and changes with a release; each article names its owner, when it was last reviewed and its
 * version. PUBLIC articles are written for a citizen (short sentences, no jargon); STAFF ones for colleagues.
 */
const OWNER = 'Den nationale sikkerhedskonsulentordning';
const REVIEWED = '2026-11-15';

type Draft = Omit<Article, 'owner' | 'reviewedOn' | 'version' | 'steps' | 'references' | 'concernTypes' | 'ageGroup'> &
  Partial<Pick<Article, 'steps' | 'references' | 'concernTypes' | 'ageGroup'>>;
const article = (a: Draft): Article => ({ owner: OWNER, reviewedOn: REVIEWED, version: 1, steps: [], references: [], concernTypes: [], ageGroup: 'ALLE', ...a });
const para = (heading: string, ...paragraphs: string[]) => ({ heading, paragraphs });

export const ARTICLES: readonly Article[] = [
  article({
    slug: 'aeresrelaterede-konflikter', kind: 'DEFINITION', audience: 'PUBLIC', concernTypes: ['AERE'],
    title: 'Æresrelaterede konflikter',
    summary: 'Når en familie eller et netværk styrer dit liv for at beskytte sin ære.',
    sections: [
      para('Hvad er det?',
        'Nogle familier mener, at det, du gør, har betydning for hele familiens ære og rygte.',
        'Så kan familien prøve at bestemme, hvem du ser, hvad du har på, hvem du skal giftes med, eller om du må tage en uddannelse.',
        'Familien kan også bo i et andet land.'),
      para('Hvad kan der ske?', 'Kontrol, trusler, vold, tvangsægteskab eller en rejse til udlandet, som du ikke selv har valgt.'),
      para('Du kan få hjælp', 'Det er gratis at tale med en sikkerhedskonsulent. Du kan være anonym.'),
    ],
  }),
  article({
    slug: 'negativ-social-kontrol', kind: 'DEFINITION', audience: 'PUBLIC', concernTypes: ['NSK'],
    title: 'Negativ social kontrol',
    summary: 'Når andre begrænser dine valg om dit eget liv.',
    sections: [
      para('Hvad er det?',
        'Negativ social kontrol er, når din familie eller andre omkring dig holder øje med dig og bestemmer over dig på en måde, der skader dig.',
        'Det kan handle om venner, fritid, kæreste, krop, tøj, skole eller job.'),
      para('Det kan være ulovligt', 'Gentagen kontrol og trusler kan være psykisk vold. Det er strafbart (straffeloven § 243).'),
    ],
  }),
  article({
    slug: 'genopdragelsesrejser', kind: 'DEFINITION', audience: 'PUBLIC', concernTypes: ['GENOPDRAGELSESREJSE'],
    title: 'Genopdragelsesrejser',
    summary: 'Når et barn eller en ung sendes til udlandet for at blive "opdraget" mod sin vilje.',
    sections: [
      para('Hvad er det?',
        'En genopdragelsesrejse er, når forældre sender et barn eller en ung til et andet land i lang tid, fordi de mener, barnet er blevet "for dansk".',
        'Rejsen skader barnets skolegang, helbred og udvikling.'),
      para('Før rejsen', 'Er du bange for at blive sendt af sted? Fortæl det til en voksen, du stoler på, eller ring til en sikkerhedskonsulent – helst før rejsen. Meget kan kun nås, mens du er i Danmark.'),
    ],
  }),
  article({
    slug: 'ufrivilligt-udlandsophold', kind: 'DEFINITION', audience: 'PUBLIC', concernTypes: ['UFRIVILLIGT_UDLANDSOPHOLD'],
    title: 'Ufrivilligt udlandsophold',
    summary: 'Når du bliver holdt tilbage i et andet land og ikke kan komme hjem.',
    sections: [
      para('Hvad er det?', 'Du er rejst til et andet land, og nu bliver du holdt tilbage. Du har måske fået taget dit pas eller din telefon.'),
      para('Hvem kan hjælpe?', 'Udenrigsministeriets Globale Vagtcenter har åbent hele døgnet: +45 33 92 11 12.'),
    ],
  }),
  article({
    slug: 'tegn-paa-bekymring', kind: 'ARTIKEL', audience: 'STAFF',
    title: 'Tegn på æresrelaterede konflikter og negativ social kontrol',
    summary: 'Hvornår en konflikt kan opstå, og hvilke overgreb den kan føre til.',
    sections: [
      para('Hvornår opstår konflikten?', 'Typisk når en person går imod familiens ønsker: valg af partner, seksualitet, venner, uddannelse eller livsstil.'),
      para('Mulige overgreb', 'Fysisk og psykisk vold, trusler, overvågning, forbud mod sociale aktiviteter, isolation eller udstødelse, tvangsægteskab, genopdragelsesrejser.'),
      para('Både piger og drenge', 'Drenge og mænd kan også være ofre – og kan blive presset til selv at udøve kontrol. Fokusér på det, du ser, ikke på personens baggrund.'),
    ],
  }),
  article({
    slug: 'opmaerksomhed-under-18', kind: 'ARTIKEL', audience: 'STAFF', ageGroup: 'UNDER_18',
    title: 'Opmærksomhedspunkter for børn og unge under 18',
    summary: 'Skærpet underretningspligt, tal med barnet alene, inddrag ikke forældrene for tidligt.',
    sections: [
      para('Du har skærpet underretningspligt', 'Du skal underrette kommunen, så snart der er grund til at formode, at et barn har brug for særlig støtte (barnets lov § 133). Beskriv problematikken og mistanken tydeligt.'),
      para('Akut fare', 'Er der akut fare for overgreb eller udrejse, så kontakt kommunens døgnberedskab og politiet med det samme – ring 112.'),
      para('Tal med barnet alene', 'Tal med barnet uden forældrene, og inddrag kun familien med barnets samtykke. I æresrelaterede sager kan det være farligt at inddrage forældrene for tidligt.'),
    ],
    references: [{ law: 'Barnets lov', paragraph: '§ 133', summary: 'Skærpet underretningspligt for fagpersoner.' }],
  }),
  article({
    slug: 'opmaerksomhed-over-18', kind: 'ARTIKEL', audience: 'STAFF', ageGroup: 'OVER_18',
    title: 'Opmærksomhedspunkter for voksne over 18',
    summary: 'Tal med personen alene, udeluk familiemedlemmer som bisidder, husk børnene.',
    sections: [
      para('Tal med personen alene', 'Spørg ikke ind til detaljer, når et familiemedlem er med som bisidder. Et familiemedlem kan udelukkes som bisidder.'),
      para('Inddrag personen', 'Gennemgå mulighederne og hvad en beslutning kan betyde. Oplys om politi, sikkerhedskonsulent og rådgivningstilbud.'),
      para('Har personen børn?', 'Så gælder din skærpede underretningspligt for børnene.'),
    ],
  }),
  article({
    slug: 'lovgrundlag', kind: 'LOV', audience: 'STAFF',
    title: 'Lovgrundlag',
    summary: 'De bestemmelser, der oftest bruges i sagerne.',
    sections: [para('Brug', 'Bestemmelserne herunder er et overblik; læs altid den gældende lovtekst.')],
    references: [
      { law: 'Straffeloven', paragraph: '§ 215 a', summary: 'Genopdragelsesrejse: at tilbageholde et barn i udlandet til skade for dets sundhed eller udvikling; straf op til 4 år.' },
      { law: 'Straffeloven', paragraph: '§ 260, stk. 1–2', summary: 'Ulovlig tvang, herunder tvang til ægteskab eller religiøst ægteskab.' },
      { law: 'Straffeloven', paragraph: '§ 260 a', summary: 'Tvang til at opholde sig i udlandet eller udrejse med henblik på ægteskab.' },
      { law: 'Straffeloven', paragraph: '§ 243', summary: 'Psykisk vold, herunder grov negativ social kontrol over tid.' },
      { law: 'Barnets lov', paragraph: '§ 133', summary: 'Skærpet underretningspligt for fagpersoner.' },
      { law: 'Barnets lov', paragraph: '§ 15, stk. 3', summary: 'Kommunens beredskab om æresrelaterede konflikter; revideres mindst hvert fjerde år.' },
      { law: 'Pasloven', paragraph: '§ 2, stk. 1, nr. 5–6', summary: 'Inddragelse af et barns pas ved risiko for genopdragelsesrejse; højst et år ad gangen.' },
      { law: 'Serviceloven', paragraph: '§ 12 c', summary: 'Rådgivning til voksne udsat for æresrelaterede konflikter.' },
    ],
  }),
  article({
    slug: 'action-card-skole-og-dagtilbud', kind: 'ACTION_CARD', audience: 'STAFF', ageGroup: 'UNDER_18',
    title: 'Action card: skole og dagtilbud',
    summary: 'Hvad du ser efter, hvad du gør, og hvem du ringer til.',
    sections: [
      para('Vær opmærksom på', 'Pludseligt fravær, forbud mod lejrskole eller idræt, tegn på overvågning, frygt for en ferie i udlandet, bekymring for et ægteskab.'),
    ],
    steps: [
      { id: 'tal-alene', title: 'Tal med eleven alene og skriv ned, hvad eleven fortæller', who: 'Lærer eller pædagog' },
      { id: 'underret', title: 'Lav en underretning til kommunen (barnets lov § 133)', who: 'Skolens ledelse' },
      { id: 'sparring', title: 'Ring til sikkerhedskonsulenten for sparring', who: 'Lærer eller ledelse' },
      { id: 'akut', title: 'Ved akut fare eller udrejse: ring 112 og kommunens døgnberedskab', who: 'Alle' },
    ],
  }),
  article({
    slug: 'action-card-boern-og-familie', kind: 'ACTION_CARD', audience: 'STAFF', ageGroup: 'UNDER_18',
    title: 'Action card: børn og familie',
    summary: 'Myndighedens første skridt i en ny sag om et barn.',
    sections: [para('Vær opmærksom på', 'Om barnet er sikret nu, om der er planer om udrejse, og om forældrene selv er de personer, barnet frygter.')],
    steps: [
      { id: 'vurder-akut', title: 'Vurdér, om barnet er i akut fare, og sikr barnet', who: 'Sagsbehandler' },
      { id: 'risikovurdering', title: 'Bed sikkerhedskonsulenten om en risikovurdering', who: 'Sagsbehandler' },
      { id: 'pas', title: 'Overvej pasinddragelse ved risiko for udrejse', who: 'Sagsbehandler og politi' },
      { id: 'samtale-uden-foraeldre', title: 'Hold børnesamtalen uden forældrene', who: 'Sagsbehandler' },
    ],
  }),
  article({
    slug: 'action-card-jobcenter-og-ydelse', kind: 'ACTION_CARD', audience: 'STAFF', ageGroup: 'OVER_18',
    title: 'Action card: jobcenter og ydelse',
    summary: 'Når en borger over 18 fortæller om kontrol eller trusler.',
    sections: [para('Vær opmærksom på', 'En borger, der ikke må deltage i tilbud, altid følges af et familiemedlem, eller hvis ydelse styres af andre.')],
    steps: [
      { id: 'tal-alene', title: 'Tal med borgeren alene, uden familiemedlem som bisidder', who: 'Sagsbehandler' },
      { id: 'raadgivning', title: 'Tilbyd kontakt til sikkerhedskonsulent eller RED Rådgivning', who: 'Sagsbehandler' },
      { id: 'boern', title: 'Har borgeren børn: vurdér underretning', who: 'Sagsbehandler' },
    ],
  }),
];

export const articleBySlug = (slug: string) => ARTICLES.find((a) => a.slug === slug) ?? null;

/**
 * Does an article apply to a case with these concern types and this age group (DOMAIN.md § 9: staff articles
 * are linked from the case where they apply)? An article without concern types applies to every concern; an
 * age group of ALLE, or an unknown age, to every age.
 */
export function appliesTo(a: Article, to: { concernTypes: readonly string[]; age?: 'UNDER_18' | 'OVER_18' | null }): boolean {
  const concernFits = !to.concernTypes.length || !a.concernTypes.length || a.concernTypes.some((c) => to.concernTypes.includes(c));
  const ageFits = !to.age || a.ageGroup === 'ALLE' || a.ageGroup === to.age;
  return concernFits && ageFits;
}

/** A national action card by its slug, or null when the slug names no action card. */
export const actionCardBySlug = (slug: string) => {
  const a = articleBySlug(slug);
  return a && a.kind === 'ACTION_CARD' ? a : null;
};
