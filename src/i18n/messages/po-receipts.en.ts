/** Messages of the po receipts area (English, the reference). */
export const poReceiptsEn = {} as const;
