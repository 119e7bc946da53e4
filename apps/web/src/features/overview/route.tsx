import type { QueryClient } from '@tanstack/react-query';
import { OverviewPage } from './overview-page.tsx';

export function overviewRoute(_qc: QueryClient) {
  return { Component: OverviewPage };
}
