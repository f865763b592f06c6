import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api';
import type { Article, ArticleSummary } from '../../../server/modules/knowledge/knowledge.schemas';

export type ArticleView = z.infer<typeof Article>;
export type ArticleSummaryView = z.infer<typeof ArticleSummary>;

export const KIND_LABELS: Record<ArticleView['kind'], string> = {
  DEFINITION: 'Definition',
  ARTIKEL: 'Artikel',
  LOV: 'Lovgrundlag',
  ACTION_CARD: 'Action card',
};

export const useArticles = (filter: { concern?: string[]; age?: 'UNDER_18' | 'OVER_18' } = {}) => {
  const q = new URLSearchParams();
  if (filter.concern?.length) q.set('concern', filter.concern.join(','));
  if (filter.age) q.set('age', filter.age);
  const qs = q.toString();
  return useQuery({
    queryKey: ['knowledge', qs],
    queryFn: () => api<{ articles: ArticleSummaryView[] }>('GET', `/api/knowledge${qs ? `?${qs}` : ''}`).then((r) => r.articles),
  });
};

export const useArticle = (slug: string) =>
  useQuery({ queryKey: ['knowledge', 'article', slug], queryFn: () => api<ArticleView>('GET', `/api/knowledge/${slug}`), enabled: !!slug });
