import { useQuery } from '@tanstack/react-query';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { DEVICE_TYPE_TABS, type DeviceTypeTab, paths } from '../../app/paths.ts';
import { QueryState } from '../../components/status/query-state.tsx';
import { useCanEdit } from '../auth/use-auth.ts';
import { GroupLink } from '../groups/group-link.tsx';
import { deviceTypeQueries } from './device-type-queries.ts';
import './device-type-layout.css';

const TAB_LABELS: Record<DeviceTypeTab, string> = {
  settings: 'Settings',
  devices: 'Devices',
  messages: 'Messages',
  callbacks: 'Callbacks',
  events: 'Events',
  register: 'Register devices',
};

/** The tab in the URL (`/device-types/:id/<tab>`): a link reproduces the view, Back works. */
function currentTab(pathname: string): DeviceTypeTab {
  const segment = pathname.split('/')[3];
  return DEVICE_TYPE_TABS.find((t) => t === segment) ?? 'settings';
}

export function DeviceTypeLayout() {
  const id = useParams().deviceTypeId ?? '';
  const tab = currentTab(useLocation().pathname);
  const canEdit = useCanEdit();
  const query = useQuery(deviceTypeQueries.detail(id));
  // Registering devices is an editing control: viewers do not get the tab.
  const tabs = DEVICE_TYPE_TABS.filter((t) => canEdit || t !== 'register');
  return (
    <QueryState query={query} loadingLabel="Loading device type…">
      {(deviceType) => (
        <div className="page">
          <nav aria-label="Breadcrumb">
            <Link to={paths.deviceTypes.list()}>Device types</Link> / <GroupLink id={deviceType.group} />
          </nav>
          <h1>{deviceType.name}</h1>
          <Tabs selectedKey={tab} className="tabs">
            <TabList aria-label="Device type sections" className="tabs__list">
              {tabs.map((t) => (
                <Tab key={t} id={t} href={paths.deviceTypes.detail(id, t)} className="tabs__tab">
                  {TAB_LABELS[t]}
                </Tab>
              ))}
            </TabList>
            <TabPanel id={tab} key={tab} className="tabs__panel">
              <Outlet />
            </TabPanel>
          </Tabs>
        </div>
      )}
    </QueryState>
  );
}
