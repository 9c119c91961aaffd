// The "open this booth" prompt, shown while a booth is in reach and in view (useUiStore.nearBooth)
// and no booth panel is open. Speaks the visitor's input: E or a tap on desktop, a tap on touch.
// Placed clear of the avatar's head and name tag (styles.css .booth-prompt).
import { useTranslation } from 'react-i18next';
import { findOrganisation, REGISTRY } from '../../../shared/registry.ts';
import { useUiStore } from '../../stores/useUiStore.ts';

export function BoothPrompt({ touch }: { touch: boolean }) {
  const { t } = useTranslation();
  const nearBooth = useUiStore((s) => s.nearBooth);
  const open = useUiStore((s) => s.openBooth !== null);
  const openBoothPanel = useUiStore((s) => s.openBoothPanel);
  const near = nearBooth ? findOrganisation(REGISTRY, nearBooth) : undefined;
  if (open || !near) return null;
  return (
    <button type="button" className="booth-prompt" onClick={() => openBoothPanel(near.id)}>
      {t(touch ? 'booth.promptTouch' : 'booth.prompt', { name: near.abbreviation })}
    </button>
  );
}
