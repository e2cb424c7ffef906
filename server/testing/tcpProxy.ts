/**
 * Test support: a tiny round-robin TCP load balancer. Each new connection goes to the next
 * backend; a backend that refuses (it was killed) is skipped. No stickiness, like a plain
 * load balancer in front of several Plano instances.
 */
import net from 'node:net';

export interface TcpProxy {
  readonly port: number;
  close(): Promise<void>;
}

export async function startTcpProxy(backendPorts: number[]): Promise<TcpProxy> {
  let next = 0;
  const sockets = new Set<net.Socket>();

  function connectToBackend(client: net.Socket, attemptsLeft: number): void {
    if (attemptsLeft === 0 || client.destroyed) {
      client.destroy();
      return;
    }
    const port = backendPorts[next++ % backendPorts.length];
    const backend = net.connect(port, '127.0.0.1');
    const onRefused = () => connectToBackend(client, attemptsLeft - 1);
    backend.once('error', onRefused);
    backend.once('connect', () => {
      backend.off('error', onRefused);
      sockets.add(backend);
      backend.once('close', () => sockets.delete(backend));
      // Either side going away ends the other: a killed instance drops its clients' connections.
      backend.on('error', () => client.destroy());
      client.on('error', () => backend.destroy());
      client.pipe(backend);
      backend.pipe(client);
      client.once('close', () => backend.destroy());
      backend.once('close', () => client.destroy());
      client.resume();
    });
  }

  const server = net.createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    connectToBackend(client, backendPorts.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('proxy has no port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
