import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import React from 'react'

/** The admin panel's frame (navigation, header) around one of Atelier's own pages. */
export function AdminPage({
  props,
  title,
  children,
}: {
  props: AdminViewServerProps
  title: string
  children: React.ReactNode
}) {
  const { initPageResult, params, searchParams, viewActions } = props
  const { req } = initPageResult
  if (!req.user) redirect(`${req.payload.config.routes.admin}/login`)
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      // The header's actions (the quick search) on our pages too, as on Payload's own.
      viewActions={viewActions}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <h1 style={{ margin: '24px 0' }}>{title}</h1>
        {children}
      </Gutter>
    </DefaultTemplate>
  )
}
