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
  // Each render makes a new Emotion cache; its <style> elements outlive the test and slow every later query.
  for (const style of document.head.querySelectorAll('style[data-emotion]')) style.remove();
  disposeRouters();
  server.resetHandlers();
  server.events.removeAllListeners();
  sessionStorage.clear();
  localStorage.clear();
  reloadSessionFromStorage();
  window.history.replaceState(null, '', '/');
});

afterAll(() => server.close());
