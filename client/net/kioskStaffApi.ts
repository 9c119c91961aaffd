// The staff console's kiosk calls (client only; admins; /api/staff/kiosks, Bearer staff token).
// Errors are staffApi's ApiError. See server/kiosks/kioskRoutes.ts.
import type { KioskConfig, KioskSettings, KioskView } from '../../shared/kiosk.ts';
import { call } from './staffApi.ts';

const base = '/staff/kiosks';

export const kioskStaffApi = {
  list: (token: string) => call<{ kiosks: KioskView[] }>('GET', base, token),
  create: (token: string, settings: KioskSettings) => call<KioskConfig>('POST', base, token, settings),
  reload: (token: string, key: string) => call<unknown>('POST', `${base}/${key}/reload`, token),
  remove: (token: string, key: string) => call<unknown>('DELETE', `${base}/${key}`, token),
};
