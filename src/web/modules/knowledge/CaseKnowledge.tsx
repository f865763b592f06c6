import { Link } from 'react-router';
import { useArticles } from './knowledge.api';

/** The staff articles and action cards that apply to one case: its concern types and the citizen's age. */
export function CaseKnowledge({ concernTypes, minor }: { concernTypes: string[]; minor: boolean | null }) {
  const articles = useArticles({ concern: concernTypes, age: minor === null ? undefined : minor ? 'UNDER_18' : 'OVER_18' });
  if (!articles.data?.length) return null;
  return (
    <div className="case-knowledge">
      <h3 className="h5">Viden til denne sag</h3>
      <ul>
        {articles.data.map((a) => (
          <li key={a.slug}><Link to={`/viden/${a.slug}`}>{a.title}</Link></li>
        ))}
      </ul>
    </div>
  );
}
