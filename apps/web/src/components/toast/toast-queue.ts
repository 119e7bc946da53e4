import { UNSTABLE_ToastQueue as ToastQueue } from 'react-aria-components';

export interface ToastContent {
  title: string;
  description?: string;
  tone: 'success' | 'error';
}

/** The app's toast queue: mutation outcomes are announced here from the query-cache boundary. */
export const toastQueue = new ToastQueue<ToastContent>({ maxVisibleToasts: 4 });

export function notify(content: ToastContent): void {
  toastQueue.add(content, { timeout: content.tone === 'error' ? undefined : 5000 });
}
