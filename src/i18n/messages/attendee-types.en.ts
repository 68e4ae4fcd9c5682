/** Messages of the attendee types area (English, the reference). */
export const attendeeTypesEn = {} as const;
