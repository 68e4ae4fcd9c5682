/**
 * The per-response CSP nonce. Vite's `html.cspNonce` writes `<meta property="csp-nonce" nonce="__CSP_NONCE__">` and the
 * gateway swaps the placeholder for a fresh value (server/README.md). Browsers hide nonce attributes from getAttribute,
 * hence `.nonce`. Emotion's cache and any component that writes a `<style>` of its own (MUI X DataGrid) need it.
 */
export function readCspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || meta?.getAttribute('nonce') || undefined;
}
