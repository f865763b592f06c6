import type { RouteObject } from 'react-router';
import { FindConsultantPage } from './FindConsultantPage';

export const FIND_CONSULTANT_PATH = '/find-sikkerhedskonsulent';

export const directoryRoutes: RouteObject[] = [{ path: FIND_CONSULTANT_PATH.slice(1), element: <FindConsultantPage /> }];
