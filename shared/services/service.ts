// Layanan (issue 12): one public service of an organisation — what it is for, what to bring, the
// steps, fees, hours, where to go and how to do it online — and its validator. Seeded entries
// (shared/data/opd-services.json) are `confirmed: false` until the organisation's staff save them in
// the console. Pure; runs on server and client.
import { z } from 'zod';
import { cleanLines, cleanText } from '../text.ts';

/** At most this many services per organisation. */
export const MAX_SERVICES_PER_OPD = 40;

/** One line shown to every visitor: cleaned as all such text is (shared/text.ts). */
const line = (max: number, min = 0) =>
  z
    .string()
    .transform((s) => cleanText(s, Number.MAX_SAFE_INTEGER))
    .pipe(z.string().min(min).max(max));
/** A paragraph (line breaks kept). */
const paragraph = (max: number) =>
  z
    .string()
    .transform((s) => cleanLines(s, Number.MAX_SAFE_INTEGER))
    .pipe(z.string().max(max));
/** An https URL or an empty string (unset). */
const httpsUrl = z.union([z.literal(''), z.url({ protocol: /^https$/ }).max(300)]);
const phone = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{3,20}$/),
]);

export const ServiceInput = z.strictObject({
  name: line(120, 2),
  nameEn: line(120),
  purpose: paragraph(600),
  purposeEn: paragraph(600),
  requirements: z.array(line(200, 1)).max(20),
  steps: z.array(line(300, 1)).max(20),
  fees: line(200),
  hours: line(200),
  address: line(300),
  counter: line(100),
  online: z.strictObject({
    /** The OPD's app or site for this service. */
    url: httpsUrl,
    /** What the link is called (the app's name), shown on the button. */
    label: line(60),
    /** A WhatsApp number, digits with an optional leading + (wa.me link). */
    whatsapp: z.union([z.literal(''), z.string().regex(/^\+?[0-9]{8,15}$/)]),
    phone,
  }),
  /** Words residents search by, in Indonesian and English ("ktp", "identity card"). */
  keywords: z.array(line(60, 1)).max(30),
});
export type ServiceInput = z.infer<typeof ServiceInput>;

/** A stored service. `id` is 0 for a seed entry not yet in a database. */
export type Service = ServiceInput & {
  id: number;
  /** false: seeded from public sources, for the organisation's staff to confirm. */
  confirmed: boolean;
  /** Epoch ms of the last save by staff, null for an unconfirmed seed. */
  updatedAt: number | null;
};

/** Validates a service from the console; on failure names the first bad field as a dotted path. */
export function parseServiceInput(
  input: unknown,
): { ok: true; service: ServiceInput } | { ok: false; field: string } {
  const parsed = ServiceInput.safeParse(input);
  if (parsed.success) return { ok: true, service: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, field: issue?.path.map(String).join('.') || 'service' };
}

export const EMPTY_SERVICE: ServiceInput = {
  name: '',
  nameEn: '',
  purpose: '',
  purposeEn: '',
  requirements: [],
  steps: [],
  fees: '',
  hours: '',
  address: '',
  counter: '',
  online: { url: '', label: '', whatsapp: '', phone: '' },
  keywords: [],
};

/** The channels a resident can be handed off to, in the order the booth panel shows them. */
export const HANDOFF_CHANNELS = ['url', 'whatsapp', 'phone'] as const;
export type HandoffChannel = (typeof HANDOFF_CHANNELS)[number];

/** The link a channel opens, or null when the service has none. */
export function channelHref(service: Pick<ServiceInput, 'online'>, channel: HandoffChannel): string | null {
  const o = service.online;
  if (channel === 'url') return o.url || null;
  if (channel === 'whatsapp') return o.whatsapp ? `https://wa.me/${o.whatsapp.replace(/^\+/, '')}` : null;
  return o.phone ? `tel:${o.phone.replace(/[^0-9+]/g, '')}` : null;
}
