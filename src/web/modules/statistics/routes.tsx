import type { RouteObject } from 'react-router';
import type { ReactNode } from 'react';
import { RequireRole } from '../../app/RequireRole';
import { StatisticsPage } from './StatisticsPage';
import { SummaryPage } from './SummaryPage';

const readers = (page: ReactNode) => <RequireRole roles={['analyst', 'municipal_team']}>{page}</RequireRole>;

export const statisticsRoutes: RouteObject[] = [
  { path: 'statistik', element: readers(<StatisticsPage />) },
  { path: 'statistik/rapport', element: readers(<SummaryPage />) },
];
export const statisticsNav = [{ to: '/statistik', label: 'Statistik', roles: ['analyst', 'municipal_team'] as ('analyst' | 'municipal_team')[] }];
