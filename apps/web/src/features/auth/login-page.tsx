import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { safeNext } from '../../app/paths.ts';
import { FormError } from '../../components/form/form-error.tsx';
import { FormField } from '../../components/form/form-field.tsx';
import { config } from '../../config.ts';
import { LoginBody } from './auth-queries.ts';
import { useLogin } from './use-auth.ts';
import './login-page.css';

export function LoginPage() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const login = useLogin();
  const [errors, setErrors] = useState<Partial<Record<keyof LoginBody, string>>>({});

  // Two fields checked with the shared schema, without a form library: the login page is
  // the first thing every visit downloads (apps/web README, "Initial JavaScript").
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = LoginBody.safeParse({ username: data.get('username'), password: data.get('password') });
    if (!parsed.success) {
      const found: Partial<Record<keyof LoginBody, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof LoginBody;
        found[field] ??= issue.message;
      }
      setErrors(found);
      return;
    }
    setErrors({});
    login.mutate(parsed.data, {
      onSuccess: () => navigate(safeNext(search.get('next')), { replace: true }),
    });
  };

  return (
    <main className="login">
      <form className="login__card" onSubmit={onSubmit} noValidate aria-labelledby="login-title">
        <h1 id="login-title">{config.appName}</h1>
        <p className="muted">Log in to manage your device fleet.</p>
        {search.get('next') && <p role="status">Log in to continue where you were.</p>}
        <FormField label="Username" error={errors.username}>
          {(p) => <input {...p} name="username" autoComplete="username" />}
        </FormField>
        <FormField label="Password" error={errors.password}>
          {(p) => <input {...p} name="password" type="password" autoComplete="current-password" />}
        </FormField>
        <FormError error={login.error} />
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </main>
  );
}
