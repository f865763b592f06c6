import { Link } from 'react-router';
import { useArticles } from './knowledge.api';

/**
 * The staff articles and action cards that apply to one case: its concern types and the citizen's age. An action
 * card also links to the case's tasks page, where its chosen steps become tasks in one action.
 */
export function CaseKnowledge({ caseId, concernTypes, minor, canWrite }: { caseId: string; concernTypes: string[]; minor: boolean | null; canWrite: boolean }) {
  const articles = useArticles({ concern: concernTypes, age: minor === null ? undefined : minor ? 'UNDER_18' : 'OVER_18' });
  if (!articles.data?.length) return null;
  return (
    <div className="case-knowledge">
      <h3 className="h5">Viden til denne sag</h3>
      <ul>
        {articles.data.map((a) => (
          <li key={a.slug}>
            <Link to={`/viden/${a.slug}`}>{a.title}</Link>
            {canWrite && a.kind === 'ACTION_CARD' && (
              <> · <Link to={`/sager/${caseId}/opgaver?handlekort=${a.slug}#handlekort`} aria-label={`Gør trin fra ${a.title} til opgaver på sagen`}>Gør trin til opgaver</Link></>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
