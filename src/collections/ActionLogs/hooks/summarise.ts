import type { CollectionBeforeChangeHook } from 'payload'

import type { ActionLog } from '../../../payload-types'

import { logSummary } from '../../../domain/logSummary'
import { collectionLabel } from '../../../operations/actionLog'

/** An entry written through Payload (none are, today) says what it records like the others. */
export const summarise: CollectionBeforeChangeHook<ActionLog> = ({ data, req }) => ({
  ...data,
  summary: logSummary({
    operation: data.operation ?? 'update',
    collectionLabel: collectionLabel(req, data.collectionSlug ?? ''),
    documentTitle: data.documentTitle,
    documentId: data.documentId,
  }),
})
