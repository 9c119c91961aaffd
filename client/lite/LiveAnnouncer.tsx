// One polite live region for the session page (client only): what changed on the stage
// (announce.ts) and the server's notices ("Anda sudah memilih", slow mode…), read out without
// interrupting. Renders only the region; the changes come from store subscriptions, not renders.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findOrganisation, REGISTRY } from '../../shared/registry.ts';
import { useChatStore } from '../stores/useChatStore.ts';
import { useSessionViewStore } from '../stores/useSessionViewStore.ts';
import { useStageStore } from '../stores/useStageStore.ts';
import { type Announced, announcementsFor } from './announce.ts';

const organisationName = (id: string) => findOrganisation(REGISTRY, id)?.name ?? id;

function snapshot(): Announced {
  const { info, screen, floor, poll, questions } = useStageStore.getState();
  return {
    info,
    screen,
    floor,
    poll,
    questions,
    yourFloor: useSessionViewStore.getState().you?.floor === true,
  };
}

export function LiveAnnouncer() {
  const { t } = useTranslation();
  const [message, setMessage] = useState('');
  useEffect(() => {
    let before: Announced | null = snapshot();
    const check = () => {
      const after = snapshot();
      const said = announcementsFor(before, after, organisationName);
      before = after;
      if (said.length > 0)
        setMessage(said.map((a) => t(`lite.session.announce.${a.key}`, a.values ?? {})).join(' '));
    };
    const stopStage = useStageStore.subscribe(check);
    const stopView = useSessionViewStore.subscribe(check);
    const stopNotice = useChatStore.subscribe((s, prev) => {
      if (s.notice && s.notice !== prev.notice) setMessage(t(s.notice.key));
    });
    return () => {
      stopStage();
      stopView();
      stopNotice();
    };
  }, [t]);
  return (
    <p className="lite-announcer" role="status" aria-live="polite" data-testid="lite-announcer">
      {message}
    </p>
  );
}
