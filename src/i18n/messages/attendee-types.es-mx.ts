import type { attendeeTypesEn } from './attendee-types.en';

/** Messages of the attendee types area (Español (México)); the type keeps the keys equal to English. */
export const attendeeTypesEsMx: Record<keyof typeof attendeeTypesEn, string> = {};
