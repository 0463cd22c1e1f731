import { describe, expect, it } from 'vitest'

import {
  canonicalJson,
  chainHash,
  type ChainEntry,
  GENESIS,
  invoiceChainContent,
  verifyChain,
} from '../../src/domain/chain'

function chainOf(contents: unknown[]): ChainEntry[] {
  let previous = GENESIS
  return contents.map((content, i) => {
    const hash = chainHash(previous, content)
    const entry = {
      sequence: i + 1,
      kind: 'invoice',
      label: `F-2026-00000${i + 1}`,
      previousHash: previous,
      hash,
      content,
    }
    previous = hash
    return entry
  })
}

const invoices = [
  { number: 'F-2026-000001', totalTtc: 8900 },
  { number: 'F-2026-000002', totalTtc: 14900 },
  { number: 'F-2026-000003', totalTtc: 2900 },
]

describe('canonicalJson', () => {
  it('writes the same text whatever the order of the keys, at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [2, { e: 0, f: 1 }] }, b: 1 }),
    )
  })
  it('drops undefined and keeps null', () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}')
  })
})

describe('verifyChain', () => {
  it('accepts an intact chain, and an empty one', () => {
    expect(verifyChain(chainOf(invoices))).toEqual({ ok: true, checked: 3 })
    expect(verifyChain([])).toEqual({ ok: true, checked: 0 })
  })
  it('names the first record whose content changed', () => {
    const chain = chainOf(invoices)
    chain[1]!.content = { number: 'F-2026-000002', totalTtc: 1490 }
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      checked: 1,
      broken: {
        sequence: 2,
        label: 'F-2026-000002',
        reason: expect.stringMatching(/contenu a été modifié/),
      },
    })
  })
  it('finds a removed entry', () => {
    const chain = chainOf(invoices)
    chain.splice(1, 1)
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      broken: { sequence: 3, reason: expect.stringMatching(/manque/) },
    })
  })
  it('finds a rewritten hash that no longer links to the next entry', () => {
    const chain = chainOf(invoices)
    chain[1]!.content = { number: 'F-2026-000002', totalTtc: 1 }
    chain[1]!.hash = chainHash(chain[1]!.previousHash, chain[1]!.content)
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      broken: { sequence: 3, reason: expect.stringMatching(/lien/) },
    })
  })
  it('finds a record that disappeared', () => {
    const chain = chainOf(invoices)
    chain[2]!.content = null
    expect(verifyChain(chain)).toMatchObject({
      ok: false,
      broken: { sequence: 3, reason: expect.stringMatching(/disparu/) },
    })
  })
})

describe('invoiceChainContent', () => {
  const issued = { number: 'F-2026-000009', kind: 'invoice', totalTtc: 14900, lines: [] }
  it('leaves the bonus out when there is none, so older links still verify', () => {
    expect(invoiceChainContent({ ...issued, bonusAmount: 0 })).toEqual(invoiceChainContent(issued))
    expect(invoiceChainContent({ ...issued, bonusAmount: 0 })).not.toHaveProperty('bonusAmount')
  })
  it('seals the repair bonus when there is one: a changed bonus changes the hash', () => {
    const sealed = invoiceChainContent({ ...issued, bonusAmount: 2500, bonusLabel: 'Écran' })
    const tampered = invoiceChainContent({ ...issued, bonusAmount: 4500, bonusLabel: 'Écran' })
    expect(chainHash(GENESIS, sealed)).not.toBe(chainHash(GENESIS, tampered))
  })
})
