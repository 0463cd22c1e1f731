import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "action_logs" ADD COLUMN "document_title" varchar;`)
  // Entries written before this said « update repairs #12 »: say it in French, by the
  // collection's label (their documents' titles were not recorded).
  const found = await db.execute(sql`select distinct collection_slug from action_logs`)
  for (const { collection_slug: slug } of found.rows as { collection_slug: string }[]) {
    const singular = payload.collections[slug as keyof typeof payload.collections]?.config.labels
      ?.singular as unknown
    const label =
      typeof singular === 'string'
        ? singular
        : singular && typeof singular === 'object' && 'fr' in singular
          ? String(singular.fr)
          : slug
    await db.execute(sql`
      update action_logs set summary =
        (case operation when 'create' then 'Création' when 'update' then 'Modification'
          when 'delete' then 'Suppression' when 'login' then 'Connexion' else 'Connexion refusée' end)
        || ' : ' || ${label} || coalesce(' n° ' || document_id, '')
      where collection_slug = ${slug}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "action_logs" DROP COLUMN "document_title";`)
}
