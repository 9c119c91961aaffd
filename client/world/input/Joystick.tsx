// On-screen joystick for touch screens (DOM overlay). Writes deflection to intent.joystick; the first
// touch also retires the first-run hint (the visitor has found how to walk).
import { type PointerEvent, useRef } from 'react';
import { useSettingsStore } from '../../stores/useSettingsStore.ts';
import { clearWalkTarget, joystick } from './intent.ts';

const RADIUS_PX = 48;

export function Joystick() {
  const knob = useRef<HTMLDivElement>(null);
  const origin = useRef<{ x: number; y: number; id: number } | null>(null);

  const move = (e: PointerEvent) => {
    const o = origin.current;
    if (!o || e.pointerId !== o.id) return;
    let dx = e.clientX - o.x;
    let dy = e.clientY - o.y;
    const len = Math.hypot(dx, dy);
    if (len > RADIUS_PX) {
      dx = (dx / len) * RADIUS_PX;
      dy = (dy / len) * RADIUS_PX;
    }
    joystick.x = dx / RADIUS_PX;
    joystick.y = -dy / RADIUS_PX;
    if (knob.current) knob.current.style.transform = `translate(${dx}px, ${dy}px)`;
  };
  const end = (e: PointerEvent) => {
    if (origin.current?.id !== e.pointerId) return;
    origin.current = null;
    joystick.x = 0;
    joystick.y = 0;
    if (knob.current) knob.current.style.transform = '';
  };

  return (
    <div
      className="joystick"
      data-testid="joystick"
      onPointerDown={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        origin.current = { x: r.left + r.width / 2, y: r.top + r.height / 2, id: e.pointerId };
        e.currentTarget.setPointerCapture(e.pointerId);
        clearWalkTarget();
        if (!useSettingsStore.getState().touchHintSeen) useSettingsStore.getState().dismissTouchHint();
        move(e);
      }}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={end}
    >
      <div className="joystick-knob" ref={knob} />
    </div>
  );
}
