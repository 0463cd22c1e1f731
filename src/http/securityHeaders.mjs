// The headers every response carries (set in next.config.mjs). The admin panel needs inline
// scripts (Next's hydration data) and inline styles; nothing is loaded from another origin.

/** @param {{ development: boolean }} options */
export function contentSecurityPolicy({ development }) {
  return [
    "default-src 'self'",
    // Next's development server evaluates modules and reloads over a websocket.
    `script-src 'self' 'unsafe-inline'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "worker-src 'self' blob:",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Nobody may frame the back-office (clickjacking); X-Frame-Options says the same to old browsers.
    "frame-ancestors 'none'",
  ].join('; ')
}

/** @param {{ development: boolean }} options */
export function securityHeaders(options) {
  return [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ]
}
