import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useAuth, type Role } from './auth';
import { NAV_ITEMS } from './routes';

const ROLE_LABELS: Record<Role, string> = {
  consultant: 'Sikkerhedskonsulent',
  caseworker: 'Sagsbehandler',
  municipal_team: 'ÆK/NSK-team',
  analyst: 'Statistik',
  admin: 'Administrator',
  auditor: 'Databeskyttelsesrådgiver',
};

/** The frame of every page: DKFDS header with the product name, the role's navigation, main, footer. */
export function Layout({ demo }: { demo: boolean }) {
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((i) => (i.roles === 'public' ? true : !!user && i.roles.includes(user.role)));
  return (
    <>
      <a className="skipnav" href="#main-content">Gå til sideindhold</a>
      {demo && (
        <div className="demo-banner" role="note">
          DEMO – alle oplysninger er opdigtede. Indtast aldrig rigtige personoplysninger.
        </div>
      )}
      <header className="header">
        <div className="portal-header">
          <div className="container portal-header-inner">
            <Link to="/" className="logo skjold-logo">Skjold</Link>
            <div className="portal-info">
              {user ? (
                <>
                  <p className="user">
                    <strong>{user.displayName}</strong> · {ROLE_LABELS[user.role]}
                  </p>
                  <button
                    type="button"
                    className="button button-secondary d-print-none"
                    onClick={async () => {
                      await signOut();
                      navigate('/login');
                    }}
                  >
                    Log af
                  </button>
                </>
              ) : (
                <Link className="button button-secondary" to="/login">Log ind</Link>
              )}
            </div>
          </div>
        </div>
        <div className="solution-header">
          <div className="container solution-header-inner">
            <div className="solution-heading">
              <Link to="/">Skjold – sikkerhed i sager om æresrelaterede konflikter</Link>
            </div>
          </div>
        </div>
        {items.length > 0 && (
          <nav className="navigation-menu d-print-none" aria-label="Hovedmenu">
            <div className="container">
              <ul className="mainmenu">
                {items.map((i) => (
                  <li key={i.to} className="mainmenu-item">
                    <NavLink to={i.to} className={({ isActive }) => (isActive ? 'mainmenu-link active' : 'mainmenu-link')}>
                      {i.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        )}
      </header>
      <main id="main-content" className="container page-container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="d-print-none">
        <div className="footer">
          <div className="container">
            <p>
              Akut fare: ring <strong>112</strong>. Ikke akut politi: <strong>114</strong>. Lev Uden Vold: <strong>1888</strong>.
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
