import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { useAuth } from './auth';
import { ROLE_LABELS } from './roles';
import { Icon } from './Icon';
import { NAV_ITEMS, type NavItem } from './routes';
import { QuickExit } from '../modules/public/QuickExit';


const SOLUTION_TITLE = 'Skjold – sikkerhed i sager om æresrelaterede konflikter';

/**
 * The frame of every page, in DKFDS 11 header markup: portal-info (logo, user, log on/off), solution-info
 * (the solution's name and owner), navigation-menu (the role's menu) and, below the lg breakpoint, the
 * mobile drawer. DKFDS's own JS is vanilla DOM, so the drawer is a native modal <dialog> here: it traps
 * focus and closes on Escape without our code.
 */
export function Layout({ demo }: { demo: boolean }) {
  const { user, signOut } = useAuth();
  const navigate = useNavigate();
  const items = NAV_ITEMS.filter((i) => (i.roles === 'public' ? true : !!user && i.roles.includes(user.role)));
  const logOff = async () => {
    await signOut();
    navigate('/login');
  };
  return (
    <>
      <a className="skipnav" href="#main-content">Gå til sideindhold</a>
      {!user && <QuickExit />}
      {demo && (
        <div className="demo-banner" role="note">
          DEMO – alle oplysninger er opdigtede. Indtast aldrig rigtige personoplysninger.
        </div>
      )}
      <header className="header">
        <div className="portal-info">
          <div className="portal-info-inner container">
            <Link to="/" className="logo skjold-logo">
              <span>Skjold</span>
            </Link>
            <MobileDrawer items={items} onLogOff={logOff} />
            <div className="portal-user">
              {user ? (
                <>
                  <p className="user">
                    <strong>{user.displayName}</strong>, {ROLE_LABELS[user.role]}
                  </p>
                  <button type="button" className="function-link log-off d-print-none" onClick={logOff}>
                    <Icon name="lock" />
                    Log af
                  </button>
                </>
              ) : (
                <Link className="function-link log-on d-print-none" to="/login">
                  <Icon name="person" />
                  Log ind
                </Link>
              )}
            </div>
          </div>
        </div>
        <div className="solution-info">
          <div className="solution-info-inner container">
            <div className="solution-heading">
              <Link to="/">{SOLUTION_TITLE}</Link>
            </div>
            <div className="additional-info d-print-none">
              <p><strong className="authority-name">Den nationale sikkerhedskonsulentordning</strong></p>
              <p>Akut fare: ring <a href="tel:112">112</a></p>
            </div>
          </div>
        </div>
        {items.length > 0 && (
          <div className="navigation-menu d-print-none">
            <div className="navigation-menu-inner container">
              <nav className="nav" aria-label="Hovedmenu">
                <ul className="mainmenu">
                  {items.map((i) => <MenuItem key={i.to} item={i} />)}
                </ul>
              </nav>
            </div>
          </div>
        )}
      </header>
      <main id="main-content" className="container page-container" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="d-print-none">
        <div className="footer">
          <div className="container">
            <div className="row">
              <div className="col-12 col-md-6 footer-col">
                <section aria-labelledby="footer-help">
                  <h2 id="footer-help" className="h5">Brug for hjælp nu?</h2>
                  <ul className="unstyled-list">
                    <li>Akut fare: ring <a href="tel:112"><strong>112</strong></a></li>
                    <li>Ikke akut politi: <a href="tel:114"><strong>114</strong></a></li>
                    <li>Lev Uden Vold: <a href="tel:1888"><strong>1888</strong></a></li>
                  </ul>
                </section>
              </div>
              <div className="col-12 col-md-6 footer-col">
                <section aria-labelledby="footer-about">
                  <h2 id="footer-about" className="h5">Skjold</h2>
                  <ul className="unstyled-list">
                    <li><Link to="/find-sikkerhedskonsulent">Find din sikkerhedskonsulent</Link></li>
                  </ul>
                </section>
              </div>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}

/** DKFDS marks the current item on the <li> (active current) and the link (aria-current). */
function MenuItem({ item }: { item: NavItem }) {
  const match = useMatch({ path: item.to, end: item.to === '/' });
  return (
    <li className={match ? 'active current' : undefined}>
      <NavLink to={item.to} className="nav-link" end={item.to === '/'}>
        <span>{item.label}</span>
      </NavLink>
    </li>
  );
}

function MobileDrawer({ items, onLogOff }: { items: NavItem[]; onLogOff: () => Promise<void> }) {
  const { user } = useAuth();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const location = useLocation();
  // The content exists only while open, so the page has one user name and one "Log af" for everyone else.
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  // Following a link closes the drawer, as DKFDS's own script does.
  useEffect(() => setOpen(false), [location.pathname]);
  return (
    <>
      <button
        type="button"
        className="function-link button-menu-open ml-auto d-print-none"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        <Icon name="menu" />
        Menu
      </button>
      <dialog
        ref={dialog}
        className={open ? 'mobile-drawer is-visible' : 'mobile-drawer'}
        aria-labelledby="menu-heading"
        onClose={() => setOpen(false)}
      >
        {open && (
          <>
            <div className="menu-top">
              <h2 id="menu-heading" className="menu-heading">Menu</h2>
              <button type="button" className="function-link button-menu-close" onClick={() => setOpen(false)}>
                <Icon name="close" />
                Luk
              </button>
            </div>
            <div className="portal-info-mobile">
              {user ? (
                <>
                  <p className="user">
                    <span>{user.displayName}</span>
                    <span>{ROLE_LABELS[user.role]}</span>
                  </p>
                  <p>
                    <button type="button" className="function-link log-off" onClick={onLogOff}>
                      <Icon name="lock" />
                      Log af
                    </button>
                  </p>
                </>
              ) : (
                <p>
                  <Link className="function-link log-on" to="/login">
                    <Icon name="person" />
                    Log ind
                  </Link>
                </p>
              )}
            </div>
            <div className="solution-info-mobile">
              <h3 className="sr-only">Myndighed</h3>
              <p className="mb-2"><strong className="authority-name">Den nationale sikkerhedskonsulentordning</strong></p>
              <p>Akut fare: ring <a href="tel:112">112</a></p>
            </div>
            {items.length > 0 && (
              <nav className="navigation-menu-mobile" aria-label="Hovedmenu, mobil">
                <ul className="mainmenu">
                  {items.map((i) => <MenuItem key={i.to} item={i} />)}
                </ul>
              </nav>
            )}
          </>
        )}
      </dialog>
    </>
  );
}
