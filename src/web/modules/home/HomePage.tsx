import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { NAV_ITEMS } from '../../app/routes';
import { FIND_CONSULTANT_PATH } from '../directory/routes';
import { WorkHome } from '../coordination/WorkHome';

/** Start page: the public entry for the anonymous, the role's own menu for the signed-in. */
export function HomePage() {
  const { user } = useAuth();
  // Signed in: the role's own start page with its work queue (coordination), not the public landing text.
  if (user) return <WorkHome user={user} />;
  const items = NAV_ITEMS.filter((i) => i.to !== FIND_CONSULTANT_PATH && i.roles === 'public');
  return (
    <div>
      <h1>Skjold</h1>
      <p className="font-lead">
        Rådgivning, risikovurdering og koordinering i sager om æresrelaterede konflikter, negativ social kontrol,
        genopdragelsesrejser og ufrivillige udlandsophold.
      </p>
      <p>
        Er du bekymret for dig selv eller en anden? Sikkerhedskonsulenterne rådgiver gratis – også anonymt.
      </p>
      <p>
        <Link className="button button-primary" to={FIND_CONSULTANT_PATH}>Find din sikkerhedskonsulent</Link>
      </p>
      {!user && (
        <p>
          Er du medarbejder? <Link to="/login">Log ind</Link>.
        </p>
      )}
      <ul className="nobullet-list">
        {items.map((i) => (
          <li key={i.to}>
            <Link to={i.to}>{i.label}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
