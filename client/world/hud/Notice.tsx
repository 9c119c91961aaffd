import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChatStore } from '../../stores/useChatStore.ts';

const SHOW_MS = 4000;

/** A short message from the server (rate limit, filtered words, …), shown for a few seconds. */
export function Notice() {
  const { t } = useTranslation();
  const notice = useChatStore((s) => s.notice);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!notice) return;
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice || !visible) return null;
  return (
    <div className="toast" role="alert">
      {t(notice.key)}
    </div>
  );
}
