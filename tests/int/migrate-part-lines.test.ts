// A database holding « parts used » in the old shape (an array on the repair) migrates to
// repair-parts documents with the same stock, ledger and warranties.
import { sql } from '@payloadcms/db-postgres'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createDatabaseIfMissing, dropDatabase } from '../../scripts/lib/postgres.mjs'
import { migrations } from '../../src/migrations/index'

const name = `atelier_migrate_${Date.now().toString(36)}`
const adminUrl = (() => {
  const url = new URL(process.env.DATABASE_URL!)
  url.pathname = '/postgres'
  return url.toString()
})()
let pool: pg.Pool
let db: ReturnType<typeof drizzle>

const rows = async <T>(query: ReturnType<typeof sql>) => (await db.execute(query)).rows as T[]
const FIRST_NEW = migrations.findIndex((m) => m.name.endsWith('_repair_parts'))

beforeAll(async () => {
  await createDatabaseIfMissing(adminUrl, name)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  pool = new pg.Pool({ connectionString: url.toString() })
  db = drizzle(pool)
  // The schema as it was before part lines became documents.
  for (const m of migrations.slice(0, FIRST_NEW))
    await m.up({ db, payload: undefined, req: undefined } as never)
  await db.execute(sql`
    insert into users (id, name, email, role_id, active) values (1, 'Sofiane', 'tech@atelier.test', null, true);
    insert into customers (id, last_name, email) values (1, 'Durand', 'durand@exemple.fr');
    insert into devices (id, customer_id, brand, model) values (1, 1, 'Apple', 'iPhone 13');
    insert into parts (id, sku, name, kind, quantity_on_hand, sale_price) values (1, 'ECR-13', 'Écran iPhone 13', 'piece', 3, 12000), (2, 'ADH-1', 'Adhésif', 'consommable', 9, 500);
    insert into repairs (id, reference, device_id, customer_id, reported_problem, status, assignee_id, updated_at)
      values (1, 'R-2026-000001', 1, 1, 'Écran cassé', 'termine', 1, '2026-11-20T10:00:00Z'), (2, 'R-2026-000002', 1, 1, 'Batterie', 'en_cours', 1, '2026-11-21T10:00:00Z');
    insert into repairs_parts (_order, _parent_id, id, part_id, quantity, unit_price, vat_rate, warranty_months) values
      (1, 1, 'line-a', 1, 1, 12000, 2000, 6), (2, 1, 'line-b', 2, 1, 500, 2000, 0), (1, 2, 'line-c', 1, 1, 11000, 2000, 6);
    insert into stock_movements (part_id, quantity, reason, repair_id, by_id, created_at) values
      (1, 5, 'adjustment', null, null, '2026-11-01T08:00:00Z'),
      (1, -1, 'used_on_repair', 1, 1, '2026-11-19T15:00:00Z'),
      (2, 10, 'adjustment', null, null, '2026-11-01T08:00:00Z'),
      (2, -1, 'used_on_repair', 1, 1, '2026-11-19T15:05:00Z'),
      (1, -1, 'used_on_repair', 2, 1, '2026-11-21T09:00:00Z');
    insert into warranties (key, kind, part_id, repair_id, starts_at, ends_at, months) values
      ('1:part:line-a', 'piece', 1, 1, '2026-11-20T10:00:00Z', '2027-05-20T10:00:00Z', 6),
      ('1:labour', 'main_oeuvre', null, 1, '2026-11-20T10:00:00Z', '2027-02-20T10:00:00Z', 3);`)
  for (const m of migrations.slice(FIRST_NEW))
    await m.up({ db, payload: undefined, req: undefined } as never)
}, 120_000)

afterAll(async () => {
  await pool?.end()
  await dropDatabase(adminUrl, name).catch(() => undefined)
})

describe('migrating « parts used » from the repair array to repair-parts', () => {
  it('turns each old line into a document, dated and signed by the movement that took it', async () => {
    const lines = await rows<Record<string, unknown>>(sql`
      select repair_id, part_id, quantity::int, unit_price::int, warranty_months::int, label, added_by_id, (extract(epoch from created_at) * 1000)::bigint::text as created_ms from repair_parts order by repair_id, id`)
    expect(lines).toEqual([
      {
        repair_id: 1,
        part_id: 1,
        quantity: 1,
        unit_price: 12000,
        warranty_months: 6,
        label: '1 × Écran iPhone 13',
        added_by_id: 1,
        created_ms: String(Date.parse('2026-11-19T15:00:00Z')),
      },
      {
        repair_id: 1,
        part_id: 2,
        quantity: 1,
        unit_price: 500,
        warranty_months: 0,
        label: '1 × Adhésif',
        added_by_id: 1,
        created_ms: String(Date.parse('2026-11-19T15:05:00Z')),
      },
      {
        repair_id: 2,
        part_id: 1,
        quantity: 1,
        unit_price: 11000,
        warranty_months: 6,
        label: '1 × Écran iPhone 13',
        added_by_id: 1,
        created_ms: String(Date.parse('2026-11-21T09:00:00Z')),
      },
    ])
    expect(await rows(sql`select to_regclass('repairs_parts') as t`)).toEqual([{ t: null }])
  })

  it('keeps stock and ledger as they were, and gives each repair its parts total', async () => {
    expect(await rows(sql`select id, quantity_on_hand::int as q from parts order by id`)).toEqual([
      { id: 1, q: 3 },
      { id: 2, q: 9 },
    ])
    expect(await rows(sql`select count(*)::int as n from stock_movements`)).toEqual([{ n: 5 }])
    expect(await rows(sql`select id, parts_total::int as total from repairs order by id`)).toEqual([
      { id: 1, total: 12500 },
      { id: 2, total: 11000 },
    ])
  })

  it('moves the warranty of a line to its new id, so finishing again grants nothing twice', async () => {
    const [line] = await rows<{ id: number }>(
      sql`select id from repair_parts where repair_id = 1 and part_id = 1`,
    )
    expect(await rows(sql`select key from warranties order by id`)).toEqual([
      { key: `1:part:${line!.id}` },
      { key: '1:labour' },
    ])
  })
})
