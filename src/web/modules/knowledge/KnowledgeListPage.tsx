import { Link } from 'react-router';
import { useAuth } from '../../app/auth';
import { formatDate as formatDanishDate } from '../../app/format';
import { KIND_LABELS, useArticles } from './knowledge.api';

/** Viden: public articles for everyone; a signed-in colleague also sees the staff articles and action cards. */
export function KnowledgeListPage() {
  const { user } = useAuth();
  const articles = useArticles();
  return (
    <div>
      <h1>Viden om æresrelaterede konflikter og negativ social kontrol</h1>
      {!user && <p className="font-lead">Her kan du læse, hvad det er, og hvor du kan få hjælp.</p>}
      {articles.isPending && <p aria-live="polite">Henter artikler …</p>}
      {articles.isError && <div className="alert alert-error" role="alert"><div className="alert-body"><p className="alert-text">Artiklerne kunne ikke hentes.</p></div></div>}
      {articles.data && (
        <ul className="nobullet-list knowledge-list">
          {articles.data.map((a) => (
            <li key={a.slug} className="mb-5">
              <Link to={`/viden/${a.slug}`} className="h4">{a.title}</Link>
              <p className="mt-1 mb-0">{a.summary}</p>
              {user && <p className="form-hint mt-1">{KIND_LABELS[a.kind]} · {a.audience === 'PUBLIC' ? 'Offentlig' : 'Til medarbejdere'} · gennemgået {formatDanishDate(a.reviewedOn)}</p>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
