// Runs in each test worker before the test file: points Atelier at this run's database and
// at a real SMTP server on loopback (see mailbox.ts), with no demo data.
import { inject } from 'vitest'

import { startMailbox } from './mailbox'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.ATELIER_SEED = 'none'
process.env.PAYLOAD_SECRET = 'atelier-test-secret'
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'
process.env.PORTAL_URL = 'http://portail.test'

const mailbox = await startMailbox()
process.env.SMTP_HOST = '127.0.0.1'
process.env.SMTP_PORT = String(mailbox.port)

// Every in-process request comes from the same (unknown) address: only the tests of the limits
// themselves (tests/int/auth-abuse.test.ts) lower them. The lockout keeps its default.
process.env.ATELIER_AUTH_LIMITS = 'login=1000000,register=1000000,forgot=1000000,reset=1000000'
