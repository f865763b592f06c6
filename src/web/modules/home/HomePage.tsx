import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { NAV_ITEMS } from '../../app/routes';

/** Start page: the public entry for the anonymous, the role's own menu for the signed-in. */
export function HomePage() {
  const { user } = useAuth();
  const items = NAV_ITEMS.filter((i) => (i.roles === 'public' ? true : !!user && i.roles.includes(user.role)));
  return (
    <div>
      <h1>Skjold</h1>
      <p className="font-lead">
        Rådgivning, risikovurdering og koordinering i sager om æresrelaterede konflikter, negativ social kontrol,
        genopdragelsesrejser og ufrivillige udlandsophold.
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
