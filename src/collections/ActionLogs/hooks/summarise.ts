import type { CollectionBeforeChangeHook } from 'payload'

import type { ActionLog } from '../../../payload-types'

import { logSummary } from '../../../operations/actionLog'

export const summarise: CollectionBeforeChangeHook<ActionLog> = ({ data }) => ({
  ...data,
  summary: logSummary(data),
})
