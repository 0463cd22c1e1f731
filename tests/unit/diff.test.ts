import { describe, expect, it } from 'vitest'

import { describeValue, diffDocuments } from '../../src/domain/diff'

describe('diffDocuments', () => {
  it('lists changed fields with before and after values', () => {
    expect(
      diffDocuments({ id: 1, name: 'A', phone: '01' }, { id: 1, name: 'B', phone: '01' }),
    ).toEqual([{ field: 'name', before: 'A', after: 'B' }])
  })
  it('treats a creation as every field going from null', () => {
    expect(diffDocuments(null, { name: 'A' })).toEqual([
      { field: 'name', before: null, after: 'A' },
    ])
  })
  it('never records secrets nor timestamps', () => {
    const changes = diffDocuments(
      { hash: 'x', salt: 'y', updatedAt: '1' },
      { hash: 'z', salt: 'w', updatedAt: '2', password: 'p' },
    )
    expect(changes).toEqual([])
  })
  it('compares populated relationships by id', () => {
    expect(diffDocuments({ role: 3 }, { role: { id: 3, name: 'Admin', createdAt: 'x' } })).toEqual(
      [],
    )
    expect(diffDocuments({ role: 3 }, { role: { id: 4, name: 'Tech', updatedAt: 'x' } })).toEqual([
      { field: 'role', before: 3, after: 4 },
    ])
  })
  it('leaves out the fields it is told to skip (join fields)', () => {
    expect(
      diffDocuments(
        { devices: { docs: [1] }, name: 'A' },
        { devices: { docs: [1, 2] }, name: 'A' },
        new Set(['devices']),
      ),
    ).toEqual([])
  })
  it('sees a change deep inside a group', () => {
    const changes = diffDocuments(
      { permissions: { stock: { read: false } } },
      { permissions: { stock: { read: true } } },
    )
    expect(changes).toEqual([
      {
        field: 'permissions',
        before: { stock: { read: false } },
        after: { stock: { read: true } },
      },
    ])
  })
})

describe('describeValue', () => {
  it('shows nothing as a dash, yes/no in French, text and numbers as they are', () => {
    expect(describeValue(null)).toBe('—')
    expect(describeValue('')).toBe('—')
    expect(describeValue(true)).toBe('Oui')
    expect(describeValue(false)).toBe('Non')
    expect(describeValue('+33612345678')).toBe('+33612345678')
    expect(describeValue(4)).toBe('4')
  })
  it('shows structured values as JSON, cut short', () => {
    expect(describeValue({ city: 'Lyon' })).toBe('{"city":"Lyon"}')
    expect(describeValue('x'.repeat(10), 5)).toBe('xxxxxxxxxx')
    expect(describeValue(['a'.repeat(20)], 10)).toBe('["aaaaaaa…')
  })
})

describe('secrets in the log', () => {
  it('records that an unlock code changed, never its value', () => {
    expect(diffDocuments({ unlockCode: 'v1:abc' }, { unlockCode: 'v1:def' })).toEqual([
      { field: 'unlockCode', before: '•••• (masqué)', after: '•••• (masqué)' },
    ])
    expect(diffDocuments({ unlockCode: 'v1:abc' }, { unlockCode: null })).toEqual([
      { field: 'unlockCode', before: '•••• (masqué)', after: null },
    ])
  })
})
