import { Link, useParams } from 'react-router';
import { formatDate as formatDanishDate } from '../../app/format';
import { KIND_LABELS, useArticle } from './knowledge.api';

export function ArticlePage() {
  const { slug = '' } = useParams();
  const article = useArticle(slug);
  if (article.isPending) return <p aria-live="polite">Henter artiklen …</p>;
  if (article.isError) {
    return (
      <div>
        <h1>Artiklen findes ikke</h1>
        <p><Link to="/viden">Tilbage til Viden</Link></p>
      </div>
    );
  }
  const a = article.data;
  return (
    <article className="knowledge-article">
      <p className="form-hint">{KIND_LABELS[a.kind]}</p>
      <h1>{a.title}</h1>
      <p className="font-lead">{a.summary}</p>
      {a.sections.map((s) => (
        <section key={s.heading}>
          <h2>{s.heading}</h2>
          {s.paragraphs.map((p) => <p key={p}>{p}</p>)}
        </section>
      ))}
      {a.steps.length > 0 && (
        <section>
          <h2>Det gør du</h2>
          <ol>
            {a.steps.map((s) => <li key={s.id}>{s.title} <span className="form-hint">({s.who})</span></li>)}
          </ol>
        </section>
      )}
      {a.references.length > 0 && (
        <section>
          <h2>Bestemmelser</h2>
          <dl>
            {a.references.map((r) => (
              <div key={r.law + r.paragraph}>
                <dt><strong>{r.law} {r.paragraph}</strong></dt>
                <dd>{r.summary}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <p className="form-hint">Ansvarlig: {a.owner} · gennemgået {formatDanishDate(a.reviewedOn)} · version {a.version}</p>
      <p><Link to="/viden">Tilbage til Viden</Link></p>
    </article>
  );
}
