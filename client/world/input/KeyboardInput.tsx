// WASD / arrow keys for walking and E for opening the booth in front of the visitor.
// Ignores keys typed into text fields. Renders nothing.
import { useEffect } from 'react';
import { useUiStore } from '../../stores/useUiStore.ts';
import { clearWalkTarget, keys } from './intent.ts';

const MOVE_KEYS: Record<string, keyof typeof keys> = {
  KeyW: 'forward',
  ArrowUp: 'forward',
  KeyS: 'back',
  ArrowDown: 'back',
  KeyA: 'left',
  ArrowLeft: 'left',
  KeyD: 'right',
  ArrowRight: 'right',
};

function typing(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.isContentEditable);
}

export function KeyboardInput() {
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (typing(e)) return;
      const k = MOVE_KEYS[e.code];
      if (k) {
        keys[k] = true;
        clearWalkTarget();
        e.preventDefault();
        return;
      }
      const ui = useUiStore.getState();
      if (e.code === 'KeyE' && ui.nearBooth) ui.openBoothPanel(ui.nearBooth);
      if (e.code === 'Escape') {
        ui.closeBoothPanel();
        ui.setDirectoryOpen(false);
      }
    };
    const up = (e: KeyboardEvent) => {
      const k = MOVE_KEYS[e.code];
      if (k) keys[k] = false;
    };
    const blur = () => {
      for (const k of Object.keys(keys) as Array<keyof typeof keys>) keys[k] = false;
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', blur);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', blur);
    };
  }, []);
  return null;
}
