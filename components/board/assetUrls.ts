import { getAssetUrls } from '@tldraw/assets/selfHosted';

/**
 * Where `scripts/copyTldrawAssets.ts` puts tldraw's fonts, icons, translations and embed icons
 * (`public/tldraw/`), as a URL path on our own origin.
 */
export const TLDRAW_ASSET_BASE_URL = '/tldraw';

/**
 * The `assetUrls` prop for `<Tldraw>`. Without it tldraw fetches these files from its CDN, which
 * leaves blank icons and English-only menus at a venue with no internet. Built once at module
 * level because tldraw requires a stable object.
 */
export const boardAssetUrls = getAssetUrls({ baseUrl: TLDRAW_ASSET_BASE_URL });
