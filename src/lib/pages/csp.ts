/**
 * The Content-Security-Policy of every page, as a <meta http-equiv> (a static host may not let us set headers).
 * Scripts only from the site itself (no inline scripts: astro.config.mjs never inlines them), no eval, no
 * third-party requests; inline styles stay allowed (the layout's custom properties, the charts' overlay).
 * `frame-ancestors` is left out on purpose: browsers ignore it in a meta tag, and the embeds must be frameable
 * from any site. A host that sends headers can add `frame-ancestors 'self'` for everything outside /embed/.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
