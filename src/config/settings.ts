import { z } from 'zod/mini';

/** Comma-separated origins, each normalised to `scheme://host[:port]`. */
const commaSeparatedOrigins = z.pipe(
  z.optional(z.string()),
  z.transform((value: string | undefined, context) =>
    (value ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean)
      .flatMap((origin) => {
        if (URL.canParse(origin) && /^https?:$/.test(new URL(origin).protocol)) return [new URL(origin).origin];
        context.issues.push({ code: 'custom', message: `Not an http(s) origin: ${origin}`, input: origin });
        return [];
      }),
  ),
);

const settingsSchema = z.object({
  /** Extra origins whose `NextPage` links and `geolocation` are trusted besides Concur's own hosts and loopback (the sandbox). */
  extraApiOrigins: commaSeparatedOrigins,
  requestTimeoutMs: z._default(z.pipe(z.coerce.number(), z.int().check(z.positive())), 15_000),
});

export type AppSettings = z.infer<typeof settingsSchema>;

/** Build-time settings (VITE_*), parsed once at start-up so a bad value fails loudly instead of half-working. */
export const appSettings: AppSettings = settingsSchema.parse({
  extraApiOrigins: import.meta.env.VITE_EXTRA_API_ORIGINS,
  requestTimeoutMs: import.meta.env.VITE_REQUEST_TIMEOUT_MS,
});
