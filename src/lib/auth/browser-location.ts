/** Leaves the app for another page (Concur's sign-in). Its own module so tests can replace it. */
export function leaveAppFor(url: string): void {
  window.location.assign(url);
}

/** Removes the query and fragment from the address bar without a navigation, keeping the router's history state. */
export function stripAddressBarParams(): void {
  window.history.replaceState(window.history.state, '', window.location.pathname);
}
