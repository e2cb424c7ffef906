import type { Metadata, Viewport } from 'next';
import { getLang } from '@/server/web/session';
import './globals.css';

export const metadata: Metadata = {
  title: 'Plano',
  description: 'Papan lokakarya STPP / STPP workshop board',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  // The board handles pinch-zoom itself; the page must not zoom under it.
  maximumScale: 1,
  userScalable: false,
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const lang = await getLang();
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}
