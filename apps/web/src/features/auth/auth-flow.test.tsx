import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { editorSession, installFakeBff, reply } from '../../test/fake-bff.ts';
import { renderApp } from '../../test/render-app.tsx';

describe('login and session', () => {
  it('sends a visitor without a session to login, then back to the page they asked for', async () => {
    let loggedIn = false;
    const seen = installFakeBff({
      'GET /auth/me': () => (loggedIn ? reply(editorSession) : reply({ message: 'Not logged in' }, 401)),
      'POST /auth/login': () => {
        loggedIn = true;
        return reply();
      },
    });
    const { router } = renderApp('/?from=link');

    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'secret-pass');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/?from=link');
    expect(seen.find((r) => r.path === '/auth/login')?.body).toEqual({
      username: 'ada',
      password: 'secret-pass',
    });
    expect(screen.getByText('ada')).toBeInTheDocument();
  });

  it('sends a user whose session expired mid-way to login, then back to the same view', async () => {
    let loggedIn = true;
    let expired = false;
    installFakeBff({
      'GET /auth/me': () => (loggedIn ? reply(editorSession) : reply({ message: 'Not logged in' }, 401)),
      'GET /api/groups': () => {
        // The session ends on the server after the shell loaded, before the page's request.
        if (!expired) {
          expired = true;
          loggedIn = false;
        }
        if (!loggedIn) return reply({ message: 'Session expired' }, 401);
        return reply({ data: [{ id: 'a'.repeat(24), name: 'Acme' }] });
      },
      'POST /auth/login': () => {
        loggedIn = true;
        return reply();
      },
    });
    const { router } = renderApp('/groups?view=tree');

    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'secret-pass');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('link', { name: 'Acme' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/groups?view=tree');
  });

  it('shows the field messages of the shared schema and sends nothing when the form is empty', async () => {
    const seen = installFakeBff({ 'GET /auth/me': () => reply({ message: 'Not logged in' }, 401) });
    renderApp('/login');
    await userEvent.click(await screen.findByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('Enter your username')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(seen.some((r) => r.path === '/auth/login')).toBe(false);
  });

  it("shows the BFF's message when the credentials are refused", async () => {
    installFakeBff({
      'GET /auth/me': () => reply({ message: 'Not logged in' }, 401),
      'POST /auth/login': () => reply({ message: 'Wrong username or password' }, 401),
    });
    renderApp('/login');
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByLabelText('Username'), 'ada');
    await user.type(screen.getByLabelText('Password'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong username or password');
  });

  it('logs out and returns to the login page', async () => {
    let loggedIn = true;
    installFakeBff({
      'GET /auth/me': () => (loggedIn ? reply(editorSession) : reply({ message: 'Not logged in' }, 401)),
      'POST /auth/logout': () => {
        loggedIn = false;
        return reply();
      },
    });
    renderApp('/');
    await userEvent.click(await screen.findByRole('button', { name: 'Log out' }));
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
  });
});
