import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AuthProvider } from './auth';
import { Layout } from './Layout';
import { MODULE_ROUTES } from './routes';
import { NotFoundPage } from './NotFoundPage';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });

// The server marks demo mode on the document so the banner cannot be missed (see server/app.ts).
const demo = document.documentElement.dataset.demo === '1';

const router = createBrowserRouter([
  { element: <Layout demo={demo} />, children: [...MODULE_ROUTES, { path: '*', element: <NotFoundPage /> }] },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
