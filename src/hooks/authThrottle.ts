/**
 * Sign-in, sign-up and password reset, bounded per client address (429 in French), and failed
 * sign-ins counted per account and address: Payload's own lock, per account alone, is off.
 * Works for REST and GraphQL alike, since both run these operations.
 */
import type {
  CollectionAfterLoginHook,
  CollectionAfterOperationHook,
  CollectionBeforeOperationHook,
} from 'payload'

import {
  type AuthAction,
  AUTH_WINDOWS,
  lockedMessage,
  lockoutKey,
  minutesLeft,
} from '../domain/authLimits'
import { authLimits } from '../config/env'
import {
  clientAddressOf,
  countAttempt,
  forgetAttempts,
  limitPerAddress,
} from '../operations/authThrottle'
import { RefusedError } from '../http/httpError'
import { queuePasswordResetMail } from '../operations/passwordReset'

const ACTIONS: Partial<Record<string, AuthAction>> = {
  login: 'login',
  forgotPassword: 'forgot',
  resetPassword: 'reset',
}

export const throttleAuth: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const action = ACTIONS[operation]
  if (!action) return args
  await limitPerAddress(req, action)
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (action === 'login' && typeof email === 'string' && email) {
    // Every attempt counts; a successful one clears the count (forgetFailedLogins).
    const { hits, startedAt } = await countAttempt(
      req.payload,
      lockoutKey(collection.slug, email, clientAddressOf(req)),
      AUTH_WINDOWS.lockout,
    )
    if (hits > authLimits().lockout)
      throw new RefusedError(lockedMessage(minutesLeft(startedAt, AUTH_WINDOWS.lockout)), 429)
  }
  if (action === 'forgot') (args as { disableEmail?: boolean }).disableEmail = true
  return args
}

export const forgetFailedLogins: CollectionAfterLoginHook = async ({ collection, req, user }) => {
  await forgetAttempts(
    req.payload,
    lockoutKey(collection.slug, String(user.email), clientAddressOf(req)),
  )
}

/** Payload made the token without mailing it (throttleAuth): the link goes out from the mail queue. */
export const mailPasswordReset: CollectionAfterOperationHook = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  if (operation !== 'forgotPassword' || typeof result !== 'string' || !result) return result
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email === 'string')
    await queuePasswordResetMail(req, collection.slug as 'users' | 'customers', email, result)
  return result
}
