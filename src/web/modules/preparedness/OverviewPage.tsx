import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDate as formatDanishDate } from '../../app/format';
import { useOverview } from './preparedness.api';

/** All 98 municipalities: plan adopted, revision due or overdue, team named. No personal data. */
export function OverviewPage() {
  const { user } = useAuth();
  const overview = useOverview();
  const items = overview.data ?? [];
  const withPlan = items.filter((i) => i.adoptedOn).length;
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <div>
      <h1>Beredskabsplaner i kommunerne</h1>
      {overview.isPending && <p aria-live="polite">Henter oversigten …</p>}
      {overview.isError && <div className="alert alert-error" role="alert"><div className="alert-body"><p className="alert-text">Oversigten kunne ikke hentes.</p></div></div>}
      {overview.data && (
        <>
          <p className="font-lead">{withPlan} af {items.length} kommuner har en vedtaget plan i Skjold; {overdue} er over revisionsfristen.</p>
          <div className="table--responsive-scroll">
            <table className="table table--zebra">
              <caption className="sr-only">Beredskabsplaner pr. kommune</caption>
              <thead>
                <tr><th scope="col">Kommune</th><th scope="col">Region</th><th scope="col">Vedtaget</th><th scope="col">Revideres senest</th><th scope="col">Team</th></tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.municipalityCode}>
                    <th scope="row">
                      {user?.role === 'consultant' && user.region === i.region && i.adoptedOn ? <Link to={`/beredskabsplaner/${i.municipalityCode}`}>{i.name}</Link> : i.name}
                    </th>
                    <td>{i.region}</td>
                    <td>{i.adoptedOn ? formatDanishDate(i.adoptedOn) : 'Ingen plan'}</td>
                    <td>{i.revisionDueOn ? <>{formatDanishDate(i.revisionDueOn)}{i.overdue && <strong className="text-error"> – overskredet</strong>}</> : '–'}</td>
                    <td>{i.teamNamed ? 'Navngivet' : 'Ikke navngivet'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
