import type { poReceiptsEn } from './po-receipts.en';

/** Messages of the po receipts area (Español (México)); the type keeps the keys equal to English. */
export const poReceiptsEsMx: Record<keyof typeof poReceiptsEn, string> = {};
