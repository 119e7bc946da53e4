import { lazy, Suspense } from 'react';
import { RouterProvider } from 'react-aria-components';
import { Outlet, useHref, useNavigate } from 'react-router';

// The toast region (and the react-aria code behind it) loads after the first screen.
const Toasts = lazy(async () => ({ default: (await import('../toast/toasts.tsx')).Toasts }));

/** Above every route: lets react-aria links and tabs navigate with the router; hosts the toasts. */
export function RootLayout() {
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      <Outlet />
      <Suspense fallback={null}>
        <Toasts />
      </Suspense>
    </RouterProvider>
  );
}
