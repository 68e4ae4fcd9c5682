import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { reloadSessionFromStorage } from '../lib/auth/session-store';
import { forgetRetryAfter } from '../lib/concur/concur-client';
import { forgetPreloaded } from '../lib/concur/preload-when-signed-in';
import { installMatchMedia } from './match-media';
import { server } from './msw-server';
import { disposeRouters } from './router-registry';

installMatchMedia();

// findBy/waitFor wait up to 4 s (default 1 s): lazy routes load slowly while two test projects share two cores.
configure({ asyncUtilTimeout: 4000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

afterEach(() => {
  cleanup();
  // Each render makes a new Emotion cache; its <style> elements outlive the test and slow every later query.
  for (const style of document.head.querySelectorAll('style[data-emotion]')) style.remove();
  disposeRouters();
  server.resetHandlers();
  server.events.removeAllListeners();
  sessionStorage.clear();
  localStorage.clear();
  reloadSessionFromStorage();
  // A Retry-After answered in one test must not hold back requests of the next.
  forgetRetryAfter();
  forgetPreloaded();
  window.history.replaceState(null, '', '/');
});

afterAll(() => server.close());
