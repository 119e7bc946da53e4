import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { ConsoleApp, createConsole } from '../app/console.tsx';

/** The whole console at a URL, with a fresh QueryClient (retries off) and a memory router. */
export function renderApp(url: string) {
  const app = createConsole((routes) => createMemoryRouter(routes, { initialEntries: [url] }), {
    retry: false,
  });
  const view = render(<ConsoleApp {...app} />);
  return { ...app, view };
}
