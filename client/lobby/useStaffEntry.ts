// The staff console's "Buka aula sebagai host/moderator" link (`/?session=<id>&as=staff`): an
// official signed in in this tab goes straight into the hall, skipping the resident lobby, under the
// display name they already chose or else their staff username. The server decides their role from
// the sign-in token (sessionAuth.ts); the hall then opens on Panggung for hosts. Client only.
import { useEffect } from 'react';
import { cleanName } from '../../shared/text.ts';
import { storedStaffSession } from '../net/staffApi.ts';
import { useSettingsStore } from '../stores/useSettingsStore.ts';
import { useUiStore } from '../stores/useUiStore.ts';
import type { LinkedSession } from './useLinkedSession.ts';

/** Whether the page was opened from the staff console's hall link. */
export function staffEntryRequested(search: string): boolean {
  return new URLSearchParams(search).get('as') === 'staff';
}

export function useStaffEntry(linked: LinkedSession): void {
  useEffect(() => {
    if (linked.kind !== 'found' || !staffEntryRequested(location.search)) return;
    const staff = storedStaffSession();
    if (!staff) return; // Not signed in here: the lobby asks for a name as for anyone.
    const settings = useSettingsStore.getState();
    if (!cleanName(settings.name).ok) {
      const fromAccount = cleanName(staff.user.username);
      if (!fromAccount.ok) return;
      settings.setName(fromAccount.name);
    }
    useUiStore.getState().enter();
  }, [linked]);
}
