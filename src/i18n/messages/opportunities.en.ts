/** Messages of the opportunities area (English, the reference). */
export const opportunitiesEn = {} as const;
