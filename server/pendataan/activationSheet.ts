// The printable activation sheet: for each new surveyor their code and a QR code (SVG, made with the
// `qrcode` package) of the field app's address with the code, so a phone camera opens it ready to
// activate. Runs on the server.
import QRCode from 'qrcode';
import type { Surveyor } from './rosterStore.ts';

export type SheetEntry = {
  id: number;
  name: string;
  kelurahan: string;
  rw: number;
  rt: number;
  role: string;
  code: string;
  /** `<origin>/pendataan/#kode=XXXX-XXXX`. */
  url: string;
  /** SVG markup of the QR code of `url`. */
  qrSvg: string;
};

export async function activationSheet(
  origin: string,
  created: ReadonlyArray<{ surveyor: Surveyor; code: string }>,
): Promise<SheetEntry[]> {
  return Promise.all(
    created.map(async ({ surveyor: s, code }) => {
      const url = `${origin}/pendataan/#kode=${code}`;
      const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      return {
        id: s.id,
        name: s.name,
        kelurahan: s.kelurahan,
        rw: s.rw,
        rt: s.rt,
        role: s.role,
        code,
        url,
        qrSvg,
      };
    }),
  );
}
