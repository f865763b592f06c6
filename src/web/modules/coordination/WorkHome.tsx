import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useAuth, type CurrentUser } from '../../app/auth';
import { NAV_ITEMS } from '../../app/routes';
import { ErrorAlert } from '../../app/ErrorAlert';
import { ROLE_LABELS } from '../../app/roles';
import { RISK_LEVEL_LABELS } from '../risk/labels';
import { getWork, type Work } from './coordinationApi';
import { danishDate, WORK_KIND_LABELS } from './labels';
import './coordination.css';

const CASE_ROLES = ['consultant', 'caseworker'];

/** What a role starts from when it has no case work (and everyone's menu, as links). */
// Descriptions, not labels: kept as pairs so the label test does not take them for a second copy of the role names.
const STARTING_POINTS: Record<string, string> = Object.fromEntries([
  ['municipal_team', 'Kommunens beredskabsplan, handlekort og det anonymiserede overblik over kommunens sager.'],
  ['analyst', 'Landsdækkende statistik over henvendelser og sager – altid anonymiseret, små tal skjult.'],
  ['auditor', 'Adgangsloggen og revisionssporet: hvem har brugt hvilke personoplysninger, hvornår og til hvad.'],
  ['admin', 'Brugere, roller og referencedata. Du ser ingen sager, medmindre du er tilføjet til dem.'],
]);

/** The signed-in home page: the caller's work queue, sorted by risk then due date, each line linking to where to act. */
export function WorkHome({ user }: { user: CurrentUser }) {
  const caseWork = CASE_ROLES.includes(user.role);
  const q = useQuery({ queryKey: ['me', 'work'], queryFn: getWork });
  const links = NAV_ITEMS.filter((i) => i.roles !== 'public' && i.roles.includes(user.role) && i.to !== '/min-profil');
  return (
    <div className="work-home">
      <h1>Hej {user.displayName}</h1>
      <p className="font-lead">{ROLE_LABELS[user.role]}{caseWork ? ': det, der venter på dig, med det mest alvorlige først.' : '.'}</p>
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {q.isLoading && <p>Henter din arbejdsliste…</p>}
      {q.data && (caseWork || q.data.items.length > 0) && <WorkList work={q.data} />}
      {!caseWork && STARTING_POINTS[user.role] && <p>{STARTING_POINTS[user.role]}</p>}
      <h2>{caseWork ? 'Genveje' : 'Dine startpunkter'}</h2>
      <ul className="nobullet-list">
        {links.map((i) => <li key={i.to}><Link to={i.to}>{i.label}</Link></li>)}
        <li><Link to="/min-profil">Min profil og påmindelser</Link></li>
      </ul>
    </div>
  );
}

function WorkList({ work }: { work: Work }) {
  const { total, overdue } = work.counts;
  return (
    <section aria-labelledby="work-heading">
      <h2 id="work-heading">Din arbejdsliste</h2>
      <p role="status">
        {total === 0 ? 'Du har intet, der venter lige nu.' : `${total} ${total === 1 ? 'punkt' : 'punkter'}${overdue ? `, heraf ${overdue} overskredet` : ''}.`}
      </p>
      {total > 0 && (
        <table className="table table--compact work-table">
          <caption className="sr-only">Arbejdsliste sorteret efter risiko og frist</caption>
          <thead>
            <tr><th scope="col">Hvad</th><th scope="col">Sag</th><th scope="col">Frist</th><th scope="col">Risiko</th></tr>
          </thead>
          <tbody>
            {work.items.map((i, n) => (
              <tr key={`${i.kind}-${i.href}-${n}`} className={i.overdue ? 'work-overdue' : undefined}>
                <td>
                  <span className="work-kind">{WORK_KIND_LABELS[i.kind]}</span>{' '}
                  <Link to={i.href}>{i.title}</Link>
                </td>
                <td>{i.caseNumber ?? '—'}</td>
                <td>{danishDate(i.due)}{i.overdue && <strong className="work-flag"> Overskredet</strong>}</td>
                <td>{i.imminent ? <strong>Overhængende</strong> : i.riskLevel ? RISK_LEVEL_LABELS[i.riskLevel as keyof typeof RISK_LEVEL_LABELS] ?? i.riskLevel : 'Ikke vurderet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
