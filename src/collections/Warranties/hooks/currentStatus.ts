import type { FieldHook } from 'payload'

import type { Warranty } from '../../../payload-types'

import { warrantyStatus } from '../../../domain/warranties'

/** Status depends on today's date: computed on every read, never stored. */
export const currentStatus: FieldHook<Warranty, Warranty['status'], Warranty> = ({
  siblingData,
}) =>
  siblingData?.endsAt
    ? warrantyStatus(
        { endsAt: siblingData.endsAt },
        Number(siblingData.openClaims ?? 0),
        new Date(),
      )
    : undefined
