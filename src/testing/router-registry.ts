import type { DataRouter } from 'react-router';

/** Routers made by the render helpers, disposed after each test so none keeps listening to the shared window. */
const routers: DataRouter[] = [];

export function trackRouter(router: DataRouter): DataRouter {
  routers.push(router);
  return router;
}

export function disposeRouters(): void {
  for (const router of routers.splice(0)) router.dispose();
}
