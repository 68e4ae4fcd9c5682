import { routePaths } from '../../../config/route-paths';
import { preloadWhenSignedIn, takePreloaded } from '../../../lib/concur/preload-when-signed-in';
import { cursorOf } from '../view/cursor-map';
import { parseView } from '../view/table-view';
import { loadPage, type LoadedPage, type PageParams } from './attendee-type-requests';

const keyOf = (params: PageParams) => `attendee-types:${JSON.stringify([params.limit, params.offset ?? ''])}`;

/** Opening the table starts asking Concur for the page in the address bar while the screen's code loads. */
export function preloadTablePage(location: Pick<Location, 'pathname' | 'search'> = window.location): void {
  if (!location.pathname.startsWith(routePaths.attendeeTypes)) return;
  const view = parseView(location.search);
  const cursor = view.page === 1 ? '' : (view.cursor ?? cursorOf(view.size, view.page));
  if (cursor === undefined) return;
  const params = { limit: view.size, offset: cursor || undefined };
  preloadWhenSignedIn(keyOf(params), () => loadPage(params));
}

/** The preloaded request for these parameters and this user, once (it may reject); undefined when there is none. */
export const takePreloadedPage = (params: PageParams): Promise<LoadedPage> | undefined => takePreloaded<LoadedPage>(keyOf(params));
