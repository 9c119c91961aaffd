// A QR code of a URL as inline SVG (no image request, nothing for the CSP to block), drawn from the
// `qrcode` package's module matrix with a quiet zone of four modules.
import QRCode from 'qrcode';
import { useMemo } from 'react';

const QUIET_MODULES = 4;

/** The SVG path of the dark modules, one unit per module, offset by the quiet zone. */
export function qrPath(text: string): { size: number; d: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let y = 0; y < n; y++)
    for (let x = 0; x < n; x++)
      if (modules.get(y, x)) d += `M${x + QUIET_MODULES} ${y + QUIET_MODULES}h1v1h-1z`;
  return { size: n + 2 * QUIET_MODULES, d };
}

export function QrCode({ url, label, sizePx = 200 }: { url: string; label: string; sizePx?: number }) {
  const { size, d } = useMemo(() => qrPath(url), [url]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      data-url={url}
      width={sizePx}
      height={sizePx}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
