import { telHref } from './phone';
import { useNationalActors } from './directory.api';

/** The national lines everyone can call, whatever their municipality. */
export function NationalActors() {
  const actors = useNationalActors();
  if (!actors.data) return null;
  return (
    <section className="national-actors" aria-labelledby="actors-heading">
      <h2 id="actors-heading">Andre steder, du kan få hjælp</h2>
      <ul className="nobullet-list actor-list">
        {actors.data.map((a) => (
          <li key={a.id} className="actor">
            <h3 className="h4 actor-name">{a.name}</h3>
            <p>{a.description}</p>
            {a.eligibility && <p className="actor-eligibility">For: {a.eligibility}</p>}
            {a.hours && <p className="actor-hours">Åbent: {a.hours}</p>}
            <p>
              {a.phone ? (
                <a href={telHref(a.phone)}>Ring {a.phone}</a>
              ) : (
                <span className="actor-no-phone">Intet telefonnummer i vores oversigt</span>
              )}
              {a.alwaysOpen && <span className="badge badge-small actor-open">Døgnåben</span>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
