import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { toastQueue } from '../components/toast/toast-queue.ts';

// Whole-app tests wait for lazy routes and several requests; on a loaded machine
// that can take longer than the default second.
configure({ asyncUtilTimeout: 8000 });

// jsdom does no layout: every box measures 0x0. Give the table's scroll area a
// viewport so the virtualiser renders rows as it would in a browser.
function viewport(size: number) {
  return {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('data-table__scroll') ? size : 0;
    },
  };
}
Object.defineProperty(HTMLElement.prototype, 'clientHeight', viewport(640));
Object.defineProperty(HTMLElement.prototype, 'clientWidth', viewport(1024));
// jsdom has no canvas (it logs "not implemented" and answers null): say so quietly.
HTMLCanvasElement.prototype.getContext = () => null;
// jsdom has no object URLs (CSV downloads); tests spy on these.
URL.createObjectURL ??= () => 'blob:test';
URL.revokeObjectURL ??= () => {};

afterEach(() => {
  cleanup();
  // The toast queue lives as long as the app (a module); each test starts with none.
  toastQueue.clear();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
