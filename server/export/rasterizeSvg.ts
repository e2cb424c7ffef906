/**
 * SVG to PNG with resvg (Rust, prebuilt binaries from the npm registry): Word needs a PNG beside
 * every SVG picture for the word processors that draw no SVG. Rendering runs off the event loop.
 */
import { renderAsync } from '@resvg/resvg-js';
import { robotoPaths } from './robotoFiles';

/** The drawing as a PNG `widthPx` wide (height in proportion), its text in the PDF's Roboto. */
export async function rasterizeSvg(svg: string, widthPx: number): Promise<Buffer> {
  const roboto = await robotoPaths();
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(widthPx)) },
    background: '#ffffff',
    // System fonts stay loaded for characters Roboto lacks (a card may hold an emoji).
    font: { loadSystemFonts: true, fontFiles: Object.values(roboto), sansSerifFamily: 'Roboto', defaultFontFamily: 'Roboto' },
  });
  return image.asPng();
}
