/**
 * The one Content Security Policy for the renderer, sent by both hosts and written into index.html.
 * Styles allow 'unsafe-inline' because Mantine sets CSS variables and virtualised rows position
 * themselves through style attributes; scripts stay 'self' only.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
