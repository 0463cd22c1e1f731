'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useConfig, useListRelationships } from '@payloadcms/ui'
import React, { useEffect } from 'react'

/**
 * A relationship column that shows the related document's title at once. Payload's own cell only
 * asks for titles once the row scrolls into view and shows « — » until then, which reads as
 * « no technician » in a table below the fold (the customer's repairs, a device's history).
 */
export function RelationCell({ cellData, field }: DefaultCellComponentProps) {
  const relationTo = 'relationTo' in field ? field.relationTo : undefined
  const slug = typeof relationTo === 'string' ? relationTo : undefined
  const id =
    cellData && typeof cellData === 'object' && 'id' in (cellData as object)
      ? (cellData as { id: number | string }).id
      : (cellData as number | string | null | undefined)
  const { documents, getRelationships } = useListRelationships()
  const { getEntityConfig } = useConfig()

  useEffect(() => {
    if (slug && (typeof id === 'number' || typeof id === 'string'))
      getRelationships([{ relationTo: slug, value: id }])
  }, [slug, id, getRelationships])

  if (!slug || id === null || id === undefined || id === '') return <span>—</span>
  const doc = documents[slug]?.[id]
  if (doc === undefined || doc === null) return <span aria-busy="true">…</span>
  if (doc === false) return <span>—</span>
  const titleField = getEntityConfig({ collectionSlug: slug })?.admin?.useAsTitle ?? 'id'
  const title = (doc as unknown as Record<string, unknown>)[titleField]
  return <span>{title === undefined || title === null || title === '' ? '—' : String(title)}</span>
}
