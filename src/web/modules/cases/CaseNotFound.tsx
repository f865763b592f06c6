import { Link } from 'react-router';

/** The same answer for a case that does not exist and one the user may not see (no hint either way). */
export function CaseNotFound() {
  return (
    <div>
      <h1>Sagen findes ikke</h1>
      <p>Sagen findes ikke, eller du har ikke adgang til den.</p>
      <p><Link to="/sager">Gå til sagerne</Link></p>
    </div>
  );
}
