/**
 * The renderer's Content-Security-Policy, used by both hosts: only our own scripts, no remote
 * content, no eval. Inline styles are allowed because AG Grid and ECharts set element styles.
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
].join('; ');
