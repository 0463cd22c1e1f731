import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The built server is self-contained: `npm start` runs it with `next start`.
  poweredByHeader: false,
  // pdfkit reads its font metrics from its own folder at run time: keep it out of the bundle.
  serverExternalPackages: ['pdfkit'],
  // CI and `npm run typecheck` run tsc over the whole project, tests included; the build
  // does not type-check again.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
