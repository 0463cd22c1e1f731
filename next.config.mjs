import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The built server is self-contained: `npm start` runs it with `next start`.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
