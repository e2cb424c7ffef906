import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Server-only packages that must not be bundled: native/wasm assets and Node IO.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'ioredis', 'ws', 'bcryptjs'],
  poweredByHeader: false,
};

export default nextConfig;
