import { routePaths } from '../../../config/route-paths';
import { getSessionState, subscribeToSession } from '../../../lib/auth/session-store';
import { cursorOf } from '../view/cursor-map';
import { parseView } from '../view/table-view';
import { loadPage, type LoadedPage, type PageParams } from './attendee-type-requests';

/**
 * A cold start on the table would otherwise ask Concur for its page only once the signed-in app has rendered (a long
 * first render). The route starts that request instead, the moment the session is there, while the screen's code
 * loads; the page's query takes the answer once. An answer older than the app's staleTime (30 s) is not used.
 */
const FRESH_MS = 30_000;
let preloaded: { key: string; userId: string; at: number; page: Promise<LoadedPage> } | undefined;

const signedInUserId = () => {
  const state = getSessionState();
  return state.status === 'signed-in' ? state.session.user.id : undefined;
};

const keyOf = (params: PageParams) => JSON.stringify([params.limit, params.offset ?? '']);

export function preloadTablePage(location: Pick<Location, 'pathname' | 'search'> = window.location): void {
  if (!location.pathname.startsWith(routePaths.attendeeTypes)) return;
  const view = parseView(location.search);
  const cursor = view.page === 1 ? '' : (view.cursor ?? cursorOf(view.size, view.page));
  if (cursor === undefined) return;
  const params = { limit: view.size, offset: cursor || undefined };
  // A failure is handed to the page's query as its first attempt (so the retry policy counts it), never dropped.
  const start = (userId: string) => {
    const page = loadPage(params);
    page.catch(() => undefined); // handled by whoever takes it; unhandled if nobody does
    preloaded = { key: keyOf(params), userId, at: Date.now(), page };
  };
  const userId = signedInUserId();
  if (userId) return start(userId);
  if (getSessionState().status !== 'checking') return;
  // Subscribed before the app's guards, so the request leaves before React renders the signed-in app.
  const stop = subscribeToSession(() => {
    if (getSessionState().status === 'checking') return;
    stop();
    const signedIn = signedInUserId();
    if (signedIn) start(signedIn);
  });
}

/** The preloaded request for these parameters and this user, once (it may reject); undefined when there is none. */
export function takePreloadedPage(params: PageParams): Promise<LoadedPage> | undefined {
  const entry = preloaded;
  if (!entry || entry.key !== keyOf(params)) return undefined;
  preloaded = undefined;
  return entry.userId === signedInUserId() && Date.now() - entry.at <= FRESH_MS ? entry.page : undefined;
}
