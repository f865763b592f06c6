import type { ErrorDetail } from '../../platform/http/errors.js';
import { MUNICIPAL_DECISIONS, type MeasureStatus, type MeasureType } from './safety.codes.js';

/** YYYY-MM-DD plus whole years; 29 February becomes 28 February in a year without it. */
export function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const ty = y + years;
  const last = new Date(Date.UTC(ty, m, 0)).getUTCDate();
  return `${ty}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** "14. maj 2027": dates in error messages read as Danish dates. */
export const danishDate = (isoDate: string) =>
  new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export interface MeasureFacts {
  measureType: MeasureType;
  status: MeasureStatus;
  startsOn: string | null;
  endsOn: string | null;
  /** Whether this write sets the end date (a stored end that has since passed is not re-judged on other edits). */
  endsOnWritten: boolean;
  decided: { by: string; on: string } | null;
  evaluation: { outcome: string } | null;
  /** The citizen's birth date (from the CPR number or a stated one), null when the case holds none. */
  citizenBirthDate: string | null;
  today: string;
}

/**
 * The legal limits of DOMAIN.md § 11.3 and the register's own rules, as the server enforces them. Returns every
 * problem at once, each naming its field, in Danish; [] when the measure may be stored.
 */
export function measureProblems(f: MeasureFacts): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const start = f.startsOn ?? f.today;

  if (f.startsOn && f.endsOn && f.endsOn < f.startsOn) add('body.endsOn', `Slutdatoen (${danishDate(f.endsOn)}) ligger før startdatoen (${danishDate(f.startsOn)})`);
  if (f.endsOnWritten && f.endsOn && f.endsOn < f.today && f.status !== 'AFSLUTTET') {
    add('body.endsOn', `Slutdatoen (${danishDate(f.endsOn)}) ligger i fortiden. Afslut foranstaltningen i stedet, eller vælg en senere dato`);
  }
  if (f.status === 'IVAERKSAT' && f.startsOn && f.startsOn > f.today) {
    add('body.startsOn', `En iværksat foranstaltning kan ikke starte i fremtiden (${danishDate(f.startsOn)}); lad den stå som foreslået til da`);
  }

  // A proposal without dates is judged when it gets them or is put in force; an ended one is history.
  const judgePeriod = f.status === 'IVAERKSAT' || (f.status === 'FORESLAAET' && !!f.endsOn);
  if (f.measureType === 'PASINDDRAGELSE' && (judgePeriod || (f.status === 'FORESLAAET' && f.citizenBirthDate))) {
    // Pasloven § 2, stk. 1, nr. 5–6: at most one year at a time, and only until the child turns 18.
    if (!f.citizenBirthDate) {
      add('body.endsOn', 'Pasinddragelse gælder kun børn under 18 år: registrér borgerens CPR-nummer eller fødselsdato på sagen først, så slutdatoen kan kontrolleres');
    } else {
      const birthday18 = addYears(f.citizenBirthDate, 18);
      if (start >= birthday18) {
        add('body.measureType', `Pasinddragelse efter pasloven § 2, stk. 1, nr. 5–6 gælder kun børn under 18 år; borgeren fylder/fyldte 18 den ${danishDate(birthday18)}`);
      } else if (!f.endsOn && judgePeriod) {
        add('body.endsOn', `Angiv en slutdato: pasinddragelse varer højst 1 år ad gangen og senest til barnets 18-årsdag (${danishDate(birthday18)})`);
      } else if (f.endsOn) {
        const maxYear = addYears(start, 1);
        if (f.endsOn > maxYear) {
          add('body.endsOn', `Pasinddragelse kan højst vare 1 år ad gangen (pasloven § 2, stk. 1, nr. 5–6): slutdatoen ${danishDate(f.endsOn)} ligger efter ${danishDate(maxYear)}`);
        }
        if (f.endsOn > birthday18) {
          add('body.endsOn', `Pasinddragelsen kan ikke løbe ud over barnets 18-årsdag: slutdatoen ${danishDate(f.endsOn)} ligger efter 18-årsdagen den ${danishDate(birthday18)}`);
        }
      }
    }
  }

  if (MUNICIPAL_DECISIONS.includes(f.measureType) && f.status === 'IVAERKSAT' && !f.decided) {
    add('body.decided', 'Anbringelse er kommunens afgørelse: angiv hvem i kommunen der har truffet den, og hvornår');
  }
  if (f.decided && f.decided.on > f.today) add('body.decided.on', 'Afgørelsen kan ikke være truffet i fremtiden');
  if (f.status === 'AFSLUTTET' && !f.evaluation) add('body.evaluation', 'Evaluér foranstaltningen, når den afsluttes: hjalp den, delvist, ikke, eller er det ukendt?');
  return problems;
}
