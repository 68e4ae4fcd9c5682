import createCache, { type EmotionCache } from '@emotion/cache';


/** Emotion puts the nonce on every `<style>` it inserts (MUI styles and CSS variables included). */
export function createEmotionCache(nonce: string | undefined): EmotionCache {
  return createCache({ key: 'css', ...(nonce ? { nonce } : {}) });
}
