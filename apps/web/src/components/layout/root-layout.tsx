import { RouterProvider } from 'react-aria-components';
import { Outlet, useHref, useNavigate } from 'react-router';
import { Toasts } from '../toast/toasts.tsx';

/** Above every route: lets react-aria links and tabs navigate with the router; hosts the toasts. */
export function RootLayout() {
  const navigate = useNavigate();
  return (
    <RouterProvider navigate={(to) => void navigate(to)} useHref={useHref}>
      <Outlet />
      <Toasts />
    </RouterProvider>
  );
}
