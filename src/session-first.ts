import { startSessionBeforeRender } from './lib/auth/start-session';

/**
 * The app's first import, so the silent sign-in asks for its Web Lock before the rest of the bundle (React, MUI, the
 * router) is evaluated: the lock is granted meanwhile and the request leaves as soon as that evaluation ends, instead of
 * after the first route's code has loaded and run too.
 */
export const sessionRequestSent = startSessionBeforeRender();
