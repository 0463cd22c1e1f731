/* Glue between Next.js and Payload, as generated, with the request bounds of src/http around it. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guarded } from '../../../../http/guardRequest'

const graphql = GRAPHQL_POST(config)
export const POST = guarded((request) => graphql(request), config)
export const OPTIONS = REST_OPTIONS(config)
