/** `returnTo` values that try to leave the app (security.md W5): each must land on an in-app page. */
export const HOSTILE_RETURN_TO = [
  '//evil.example',
  '/\\evil.example',
  'https://evil.example',
  'javascript:alert(1)',
  '%2F%2Fevil.example',
  '/%09/evil.example',
  'http:evil.example',
] as const;
