/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_EXTRA_API_ORIGINS?: string;
  readonly VITE_REQUEST_TIMEOUT_MS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
