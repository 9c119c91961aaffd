// The staff console's calls for city plaza moderation (client only; /api/moderation/city, Bearer
// staff token). Errors are staffApi's ApiError. Type-only imports keep zod out of this module.
import type { CityAction, CityReportView, CitySanctionView } from '../../shared/cityModeration.ts';
import type { ChatLine } from '../../shared/protocol.ts';
import { call } from './staffApi.ts';

const base = '/moderation/city';

export const cityModerationApi = {
  reports: (token: string) => call<{ reports: CityReportView[] }>('GET', `${base}/reports`, token),
  resolveReport: (token: string, id: number) => call<unknown>('POST', `${base}/reports/${id}/resolve`, token),
  chat: (token: string) => call<{ lines: ChatLine[] }>('GET', `${base}/chat`, token),
  deleteChat: (token: string, id: number, reason: string) =>
    call<unknown>('DELETE', `${base}/chat/${id}`, token, { reason }),
  act: (token: string, action: CityAction) =>
    call<{ sanction: CitySanctionView | null }>('POST', `${base}/actions`, token, action),
  sanctions: (token: string) => call<{ sanctions: CitySanctionView[] }>('GET', `${base}/sanctions`, token),
  lift: (token: string, id: number) => call<unknown>('DELETE', `${base}/sanctions/${id}`, token),
};
