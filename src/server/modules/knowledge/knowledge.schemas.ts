import { z } from 'zod';
import { CONCERN_TYPES } from '../../shared/codes.js';

export const AUDIENCES = ['PUBLIC', 'STAFF'] as const;
export const ARTICLE_KINDS = ['DEFINITION', 'ARTIKEL', 'LOV', 'ACTION_CARD'] as const;
export const AGE_GROUPS = ['UNDER_18', 'OVER_18', 'ALLE'] as const;

export const ArticleSection = z.object({ heading: z.string(), paragraphs: z.array(z.string()) });
/** A step of an action card: what to do, and who usually does it; a step can become a task on a case. */
export const ActionStep = z.object({ id: z.string(), title: z.string(), who: z.string() });
export const LawReference = z.object({ law: z.string(), paragraph: z.string(), summary: z.string() });

export const Article = z.object({
  slug: z.string(),
  kind: z.enum(ARTICLE_KINDS),
  audience: z.enum(AUDIENCES),
  title: z.string(),
  summary: z.string(),
  sections: z.array(ArticleSection),
  steps: z.array(ActionStep),
  references: z.array(LawReference),
  /** Empty: applies to every concern type. */
  concernTypes: z.array(z.enum(CONCERN_TYPES)),
  ageGroup: z.enum(AGE_GROUPS),
  owner: z.string(),
  reviewedOn: z.string(),
  version: z.int(),
});
export type Article = z.infer<typeof Article>;

export const ArticleSummary = Article.pick({ slug: true, kind: true, audience: true, title: true, summary: true, concernTypes: true, ageGroup: true, reviewedOn: true, version: true });
export const ArticleList = z.object({ articles: z.array(ArticleSummary) });

export const ArticleParams = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/, 'Ukendt artikel') }).strict();
export const ArticleQuery = z
  .object({
    /** Only articles that apply to these concern types (comma-separated codes), e.g. for one case. */
    concern: z.string().regex(/^[A-Z_,]{0,200}$/, 'Ukendt bekymringstype').optional(),
    /** Only articles for this age group (and those for all ages). */
    age: z.enum(['UNDER_18', 'OVER_18']).optional(),
  })
  .strict();
