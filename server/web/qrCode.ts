import 'server-only';
import QRCode from 'qrcode';

/** An SVG QR code for a link, drawn on the server (the projector needs no network to show it). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
