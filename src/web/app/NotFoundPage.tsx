import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div>
      <h1>Siden findes ikke</h1>
      <p>Siden findes ikke, eller du har ikke adgang til den.</p>
      <p><Link to="/">Gå til forsiden</Link></p>
    </div>
  );
}
