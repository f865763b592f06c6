import type { RouteObject } from 'react-router';
import type { NavItem } from '../../app/routes';
import { ArticlePage } from './ArticlePage';
import { KnowledgeListPage } from './KnowledgeListPage';

export const knowledgeRoutes: RouteObject[] = [
  { path: 'viden', element: <KnowledgeListPage /> },
  { path: 'viden/:slug', element: <ArticlePage /> },
];

export const knowledgeNav: NavItem[] = [{ to: '/viden', label: 'Viden', roles: 'public' }];
