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
  if (!id) return <span>—</span>
  const slug = String(rowData?.collectionSlug ?? '')
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
