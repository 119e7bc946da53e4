import { Suspense } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { paths } from '../../app/paths.ts';
import { config } from '../../config.ts';
import { useLogout, useSession } from '../../features/auth/use-auth.ts';
import { LoadingState } from '../status/loading-state.tsx';
import './app-layout.css';

const AREAS = [
  { to: paths.overview(), label: 'Overview', end: true },
  { to: paths.groups.list(), label: 'Groups', end: false },
  { to: paths.deviceTypes.list(), label: 'Device types', end: false },
  { to: paths.devices.search(), label: 'Devices', end: false },
  { to: paths.fleetMap(), label: 'Fleet map', end: false },
  { to: paths.callbackErrors(), label: 'Callback errors', end: false },
  { to: paths.payloadTool(), label: 'Payload tool', end: false },
  { to: paths.coverage(), label: 'Coverage', end: false },
] as const;

/** The audit log is for editors only (the BFF answers 403 to viewers): no link for viewers. */
const EDITOR_AREAS = [{ to: paths.audit(), label: 'Audit', end: false }] as const;

/** The shell of every logged-in screen: header with the user, navigation, content. */
export function AppLayout() {
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  if (!session) return null;
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <span className="shell__brand">{config.appName}</span>
        <nav aria-label="Main">
          <ul className="shell__nav">
            {[...AREAS, ...(session.role === 'editor' ? EDITOR_AREAS : [])].map((area) => (
              <li key={area.label}>
                <NavLink to={area.to} end={area.end}>
                  {area.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="shell__user">
          <span>{session.username}</span>
          <span className="badge" title="Your role">
            {session.role}
          </span>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate(paths.login()) })}
          >
            Log out
          </button>
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
