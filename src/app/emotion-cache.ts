import createCache, { type EmotionCache } from '@emotion/cache';

/**
 * The per-response CSP nonce. Vite's `html.cspNonce` writes `<meta property="csp-nonce" nonce="__CSP_NONCE__">` and the
 * gateway swaps the placeholder for a fresh value. Browsers hide nonce attributes from getAttribute, hence `.nonce`.
 */
export function readCspNonce(): string | undefined {
  const meta = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]');
  return meta?.nonce || meta?.getAttribute('nonce') || undefined;
}

/** Emotion puts the nonce on every `<style>` it inserts (MUI styles and CSS variables included). */
export function createEmotionCache(nonce: string | undefined): EmotionCache {
  return createCache({ key: 'css', ...(nonce ? { nonce } : {}) });
}
