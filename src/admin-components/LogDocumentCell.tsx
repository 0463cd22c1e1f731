'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useConfig } from '@payloadcms/ui'
import React from 'react'

/**
 * The « Document » column of the action log: the document's title, a link to it while it
 * exists (its collection is still one of the admin's), its number otherwise.
 */
export function LogDocumentCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { config } = useConfig()
  const id = typeof cellData === 'string' || typeof cellData === 'number' ? String(cellData) : ''
  const slug = String(rowData?.collectionSlug ?? '')
  // A global (the shop's settings) has no id: its one page.
  if (!id && config.globals?.some((g) => g.slug === slug))
    return (
      <a href={`${config.routes.admin}/globals/${slug}`} onClick={(e) => e.stopPropagation()}>
        {String(rowData?.documentTitle || slug)}
      </a>
    )
  if (!id) return <span>—</span>
  const title = String(rowData?.documentTitle || `n° ${id}`)
  const listed = config.collections?.some((c) => c.slug === slug)
  if (!listed || rowData?.operation === 'delete') return <span>{title}</span>
  return (
    <a
      href={`${config.routes.admin}/collections/${slug}/${encodeURIComponent(id)}`}
      onClick={(e) => e.stopPropagation()}
    >
      {title}
    </a>
  )
}
