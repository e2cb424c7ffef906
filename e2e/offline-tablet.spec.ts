import { expect, test } from '@playwright/test';
import { laptopAndTabletOnPlenary } from './pages/laptopAndTablet';

test('a tablet that loses its network keeps drawing, survives a reload offline, and merges when back', async ({ browser }) => {
  const { onLaptop, onTablet, tabletContext, close } = await laptopAndTabletOnPlenary(browser);
  const tabletPage = onTablet.page;
  // The tablet has cached the board page for offline reloads.
  await tabletPage.waitForFunction(() => (window as unknown as { __planoOfflineReady?: boolean }).__planoOfflineReady === true, null, { timeout: 30_000 });

  await tabletContext.setOffline(true);
  await expect(onTablet.connectionBadge()).toHaveAttribute('data-status', 'offline', { timeout: 15_000 });
  const offlineShapes = [await onTablet.addRectangle(50, 50, 'offlineA'), await onTablet.addRectangle(250, 50, 'offlineB')];
  await expect(onTablet.connectionBadge()).toContainText(/belum terkirim/);

  // Meanwhile the laptop keeps working online.
  const laptopShape = await onLaptop.addRectangle(450, 300, 'laptopWhileTabletOffline');

  // Reload while still offline: the board comes back from the device (service worker + IndexedDB).
  await tabletPage.reload();
  await onTablet.waitForEditor();
  for (const id of offlineShapes) await onTablet.expectShape(id, 10_000);

  await tabletContext.setOffline(false);
  for (const id of offlineShapes) await onLaptop.expectShape(id, 20_000);
  await onTablet.expectShape(laptopShape, 20_000);
  await expect(onTablet.connectionBadge()).toHaveAttribute('data-status', 'online', { timeout: 20_000 });

  await close();
});
