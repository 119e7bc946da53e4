import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
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
  const form = useForm<LoginBody>({
    resolver: zodResolver(LoginBody),
    defaultValues: { username: '', password: '' },
  });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((body) =>
    login.mutate(body, { onSuccess: () => navigate(safeNext(search.get('next')), { replace: true }) }),
  );

  return (
    <main className="login">
      <form className="login__card" onSubmit={onSubmit} noValidate aria-labelledby="login-title">
        <h1 id="login-title">{config.appName}</h1>
        <p className="muted">Log in to manage your device fleet.</p>
        {search.get('next') && <p role="status">Log in to continue where you were.</p>}
        <FormField label="Username" error={errors.username?.message}>
          {(p) => <input {...p} {...form.register('username')} autoComplete="username" />}
        </FormField>
        <FormField label="Password" error={errors.password?.message}>
          {(p) => (
            <input {...p} {...form.register('password')} type="password" autoComplete="current-password" />
          )}
        </FormField>
        <FormError error={login.error} />
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? 'Logging in…' : 'Log in'}
        </button>
      </form>
    </main>
  );
}
