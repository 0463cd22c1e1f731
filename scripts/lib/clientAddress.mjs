// Who is on the other end of a request, for the per-address limits on sign-in, sign-up and
// password reset. A client may send any X-Forwarded-For it likes; only the hops we trust count.

/**
 * @param {string | undefined} socketAddress the TCP peer of this server
 * @param {string | string[] | undefined} forwardedFor the X-Forwarded-For header as received
 * @param {number} trustedProxies how many reverse proxies in front of us append to X-Forwarded-For (TRUST_PROXY)
 * @returns {string}
 */
export function clientAddress(socketAddress, forwardedFor, trustedProxies) {
  const peer = normalise(socketAddress) || 'inconnue'
  if (!trustedProxies) return peer
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor || '')
    .split(',')
    .map((h) => normalise(h.trim()))
    .filter(Boolean)
  // The peer is the nearest proxy; each trusted proxy appended the address it saw. The entry
  // the farthest trusted proxy appended is the client; anything before it is the client's say.
  const index = hops.length - trustedProxies
  return index >= 0 ? hops[index] : hops[0] || peer
}

/** `::ffff:127.0.0.1` → `127.0.0.1`. */
function normalise(address) {
  return (address || '').replace(/^::ffff:/, '')
}

/** TRUST_PROXY: unset or 0 → none; a whole number of hops; `true` → 1. */
export function trustedProxies(value) {
  if (value === undefined || value === '' || value === 'false' || value === '0') return 0
  if (value === 'true') return 1
  const hops = Number(value)
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
    throw new Error(
      `TRUST_PROXY vaut « ${value} » : indiquez le nombre de proxys inverses devant Atelier (0, 1, 2…), par exemple TRUST_PROXY=1 derrière nginx.`,
    )
  }
  return hops
}
