import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/http/securityHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The built server is self-contained: `npm start` runs it with `next start`.
  poweredByHeader: false,
  // pdfkit reads its font metrics from its own folder at run time: keep it out of the bundle.
  serverExternalPackages: ['pdfkit'],
  // CI and `npm run typecheck` run tsc over the whole project, tests included; the build
  // does not type-check again.
  typescript: { ignoreBuildErrors: true },
  // Content-Security-Policy, no framing, no sniffing, on every page and API answer.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: securityHeaders({ development: process.env.NODE_ENV !== 'production' }),
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
