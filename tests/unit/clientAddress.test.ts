import { describe, expect, it } from 'vitest'

import { clientAddress, trustedProxies } from '../../scripts/lib/clientAddress.mjs'

describe('clientAddress', () => {
  it('without a trusted proxy, is the TCP peer whatever the client wrote in X-Forwarded-For', () => {
    expect(clientAddress('203.0.113.7', '1.2.3.4', 0)).toBe('203.0.113.7')
  })
  it('drops the IPv4-mapped IPv6 prefix', () => {
    expect(clientAddress('::ffff:127.0.0.1', undefined, 0)).toBe('127.0.0.1')
  })
  it('behind one proxy, is the address that proxy appended, not the one the client wrote before it', () => {
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.9', 1)).toBe('198.51.100.9')
  })
  it('behind two proxies, is the entry the farther one appended', () => {
    expect(clientAddress('10.0.0.2', '6.6.6.6, 198.51.100.9, 10.0.0.1', 2)).toBe('198.51.100.9')
  })
  it('with fewer entries than trusted hops, falls back to the first entry, then the peer', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.9', 2)).toBe('198.51.100.9')
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2')
  })
  it('joins repeated headers', () => {
    expect(clientAddress('10.0.0.2', ['1.2.3.4', '198.51.100.9'], 1)).toBe('198.51.100.9')
  })
})

describe('trustedProxies (TRUST_PROXY)', () => {
  it('is 0 when unset, false or 0; 1 for true; the number otherwise', () => {
    expect([undefined, '', 'false', '0'].map(trustedProxies)).toEqual([0, 0, 0, 0])
    expect(trustedProxies('true')).toBe(1)
    expect(trustedProxies('2')).toBe(2)
  })
  it('refuses anything else in French', () => {
    expect(() => trustedProxies('nginx')).toThrow(
      /TRUST_PROXY vaut « nginx » : indiquez le nombre de proxys/,
    )
    expect(() => trustedProxies('-1')).toThrow(/TRUST_PROXY/)
  })
})
