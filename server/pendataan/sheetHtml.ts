// The activation sheet as a printable HTML page (A4, six cards a page): name, region, code and QR code
// per surveyor. Text is escaped; the QR SVG comes from the `qrcode` package. Runs on the server.
import { findRegion } from '../../shared/pendataan/wilayah.ts';
import type { SheetEntry } from './activationSheet.ts';

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export function sheetHtml(entries: readonly SheetEntry[]): string {
  const cards = entries
    .map((e) => {
      const place = `${findRegion(e.kelurahan)?.name ?? e.kelurahan} · RW ${e.rw}${e.rt > 0 ? ` · RT ${e.rt}` : ''}`;
      return `<section class="card"><div class="qr">${e.qrSvg}</div><div><h2>${escapeHtml(e.name)}</h2><p>${escapeHtml(place)} (${e.role === 'ketua_rw' ? 'Ketua RW' : 'Ketua RT'})</p><p class="code">${escapeHtml(e.code)}</p><p class="how">Buka kamera, pindai kode QR, atau buka ${escapeHtml(e.url.split('#')[0] ?? '')} lalu ketik kode di atas. Kode hanya berlaku sekali.</p></div></section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Kode aktivasi Pendataan</title><style>
body{font-family:system-ui,sans-serif;margin:0}.card{display:flex;gap:12px;border:1px dashed #888;padding:12px;margin:8px;break-inside:avoid;page-break-inside:avoid}
.qr svg{width:120px;height:120px}h2{margin:0 0 4px;font-size:18px}p{margin:2px 0}.code{font:700 24px/1.2 ui-monospace,monospace;letter-spacing:2px}.how{font-size:12px;color:#444}
</style></head><body>
${cards}
</body></html>
`;
}
