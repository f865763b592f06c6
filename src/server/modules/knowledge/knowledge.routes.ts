import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { can } from '../../platform/access/policy.js';
import { notFound } from '../../platform/http/errors.js';
import { ARTICLES, appliesTo, articleBySlug } from './knowledge.content.js';
import { Article, ArticleList, ArticleParams, ArticleQuery, type Article as ArticleT } from './knowledge.schemas.js';

/** Public articles for everyone; staff articles only with a session that may read them (404 otherwise). */
const visibleTo = (request: FastifyRequest) => (a: ArticleT) => a.audience === 'PUBLIC' || can(request.actor, 'knowledge.staff');

/**
 * The knowledge base (DOMAIN.md § 9): no personal data, the same for everyone who may see it, so nothing is
 * audited. `?concern=NSK,AERE&age=UNDER_18` narrows to what applies to one case.
 */
export async function knowledgeRoutes(app: FastifyInstance, _ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['knowledge'];

  r.get('/api/knowledge', {
    config: { public: true },
    schema: { tags, querystring: ArticleQuery, response: { 200: ArticleList } },
  }, async (request) => {
    const concernTypes = request.query.concern?.split(',').filter(Boolean) ?? [];
    const articles = ARTICLES.filter(visibleTo(request)).filter((a) => appliesTo(a, { concernTypes, age: request.query.age }));
    return { articles };
  });

  r.get('/api/knowledge/:slug', {
    config: { public: true },
    schema: { tags, params: ArticleParams, response: { 200: Article } },
  }, async (request) => {
    const a = articleBySlug(request.params.slug);
    if (!a || !visibleTo(request)(a)) throw notFound('Artiklen findes ikke.');
    return a;
  });
}
