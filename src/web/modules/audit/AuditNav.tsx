import { NavLink } from 'react-router';

/** The auditor's pages, as a sub-navigation under the main menu's "Revision". */
export function AuditNav() {
  const link = ({ isActive }: { isActive: boolean }) => (isActive ? 'active' : '');
  return (
    <nav aria-label="Revision">
      <ul className="audit-subnav nobullet-list">
        <li><NavLink to="/revision/spor" className={link}>Revisionsspor</NavLink></li>
        <li><NavLink to="/revision/registreret" className={link}>Log for en registreret</NavLink></li>
        <li><NavLink to="/revision/kaede" className={link}>Kædens integritet</NavLink></li>
        <li><NavLink to="/revision/hjemmel" className={link}>Anden hjemmel end samtykke</NavLink></li>
      </ul>
    </nav>
  );
}
