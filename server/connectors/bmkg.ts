// BMKG's public weather forecast (https://api.bmkg.go.id/publik/prakiraan-cuaca?adm4=<kode wilayah>,
// 3-hourly slots for three days, updated twice a day) read as the current weather over Makassar:
// the BPBD booth's weather KPIs and the sky of the world. Runs on the server.
import { z } from 'zod';
import type { Weather } from '../live/liveBus.ts';
import { MappingError, type RawPoint } from './mapping.ts';

/** BPBD KPIs fed by the forecast (shared/data/opds.json), and the BMKG field of each. */
export const BMKG_KPIS = { 'suhu-udara': 't', kelembapan: 'hu', 'tutupan-awan': 'tcc' } as const;
export const BMKG_ORGANISATION = 'bpbd';

/** BMKG weather codes from 60 up are rain: 60 hujan ringan, 61 sedang, 63 lebat, 80 lokal, 95/97 petir. */
const FIRST_RAIN_CODE = 60;

const Slot = z.looseObject({
  /** ISO 8601 UTC, e.g. "2025-12-18T06:00:00Z". */
  datetime: z.string(),
  t: z.number(),
  hu: z.number(),
  tcc: z.number(),
  weather: z.number(),
  weather_desc: z.string().max(100),
});
type Slot = z.infer<typeof Slot>;

const Forecast = z.looseObject({
  data: z
    .array(z.looseObject({ cuaca: z.array(z.array(z.unknown())) }))
    .min(1)
    .max(10),
});

export type BmkgReading = { points: RawPoint[]; weather: Weather };

/** The slot in force at `nowMs`: the latest one that has begun, else (fresh data) the first. */
function currentSlot(slots: Slot[], nowMs: number): Slot | undefined {
  let current: Slot | undefined;
  for (const s of slots) {
    if (
      Date.parse(s.datetime) <= nowMs &&
      (!current || Date.parse(s.datetime) > Date.parse(current.datetime))
    ) {
      current = s;
    }
  }
  return current ?? slots[0];
}

/** Reads the current slot of a forecast document; throws MappingError when it is not one. */
export function readBmkg(doc: unknown, nowMs: number): BmkgReading {
  const forecast = Forecast.safeParse(doc);
  if (!forecast.success) throw new MappingError('not a BMKG forecast (data[].cuaca)');
  const slots = (forecast.data.data[0]?.cuaca ?? []).flat().flatMap((raw) => {
    const s = Slot.safeParse(raw);
    return s.success && Number.isFinite(Date.parse(s.data.datetime)) ? [s.data] : [];
  });
  const slot = currentSlot(slots, nowMs);
  if (!slot) throw new MappingError('BMKG forecast has no usable slot');
  const at = Math.min(Date.parse(slot.datetime), nowMs);
  const points = Object.entries(BMKG_KPIS).map(([kpi, field]) => ({ kpi, value: slot[field], at }));
  return {
    points,
    weather: {
      description: slot.weather_desc,
      cloudCover: Math.round(Math.min(100, Math.max(0, slot.tcc))),
      rain: slot.weather >= FIRST_RAIN_CODE,
      temperatureC: slot.t,
      at,
    },
  };
}
