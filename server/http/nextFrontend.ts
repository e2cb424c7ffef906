/** Next.js served from Plano's own HTTP server (one process, one port). */
import next from 'next';
import type { WebFrontend } from './createPlanoServer';

export async function createNextFrontend(options: { dir: string; dev: boolean; port: number }): Promise<WebFrontend> {
  const app = next({ dev: options.dev, dir: options.dir, hostname: 'localhost', port: options.port });
  await app.prepare();
  const handleRequest = app.getRequestHandler();
  const handleUpgrade = app.getUpgradeHandler();
  return {
    handleRequest: (req, res) => handleRequest(req, res),
    handleUpgrade: (req, socket, head) => handleUpgrade(req, socket, head),
  };
}
