import type { opportunitiesEn } from './opportunities.en';

/** Messages of the opportunities area (Español (México)); the type keeps the keys equal to English. */
export const opportunitiesEsMx: Record<keyof typeof opportunitiesEn, string> = {};
