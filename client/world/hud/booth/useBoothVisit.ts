// Counts a booth panel's visit for the city's analytics (client only, issue 12): an open when the
// panel mounts, the time it stayed open when it unmounts. See client/net/visitBeacon.ts.
import { useEffect } from 'react';
import { visitBeacon } from '../../../net/visitBeacon.ts';

export function useBoothVisit(opdId: string): void {
  useEffect(() => {
    const openedAt = performance.now();
    visitBeacon.boothOpened(opdId);
    return () => visitBeacon.boothClosed(opdId, performance.now() - openedAt);
  }, [opdId]);
}
