import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { reloadSessionFromStorage } from '../lib/auth/session-store';
import { installMatchMedia } from './match-media';
import { server } from './msw-server';
import { disposeRouters } from './router-registry';

installMatchMedia();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

afterEach(() => {
  cleanup();
  disposeRouters();
  server.resetHandlers();
  server.events.removeAllListeners();
  sessionStorage.clear();
  localStorage.clear();
  reloadSessionFromStorage();
  window.history.replaceState(null, '', '/');
});

afterAll(() => server.close());
