// The way from the city into a public session (client only): the door pavilion of Aula Sipakatau
// beside Balai Kota (hall/entranceGeometry.ts, one merged mesh) with its sign (one canvas texture).
// Tapping it, or walking under it (within ENTER_REACH_M of its centre), opens the sessions list;
// walking away (past LEAVE_REACH_M) arms it again. Decorative for walking (no solid).

import type { ThreeEvent } from '@react-three/fiber';
import { useFrame } from '@react-three/fiber';
import i18next from 'i18next';
import { useEffect, useMemo } from 'react';
import { PlaneGeometry } from 'three';
import { hallText } from '../../i18n/hallStrings.ts';
import { self } from '../../stores/motion.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { diamond } from '../hall/decorPainter.ts';
import { buildEntrance, ENTRANCE, ENTRANCE_SIGN } from '../hall/entranceGeometry.ts';
import { HALL_COLORS as C } from '../hall/hallColors.ts';
import { VERTEX_COLORED } from './materials.ts';
import { paintedTexture } from './paintedTexture.ts';
import { isTap } from './tap.ts';

const ENTER_REACH_M = 3;
const LEAVE_REACH_M = 6;
const SIGN_W = 512;
const SIGN_H = 128;
let armed = true;

function paintSign(ctx: CanvasRenderingContext2D): void {
  const t = hallText();
  ctx.fillStyle = C.redDeep;
  ctx.fillRect(0, 0, SIGN_W, SIGN_H);
  ctx.strokeStyle = C.gold;
  ctx.lineWidth = 6;
  ctx.strokeRect(5, 5, SIGN_W - 10, SIGN_H - 10);
  for (const x of [34, SIGN_W - 34]) diamond(ctx, x, SIGN_H / 2, 16, 22, C.gold, C.red);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = C.goldPale;
  ctx.font = 'bold 52px serif';
  ctx.fillText(t.hallName, SIGN_W / 2, 52);
  ctx.fillStyle = '#fff6e4';
  ctx.font = '24px sans-serif';
  ctx.fillText(t.door, SIGN_W / 2, 98);
}

function build() {
  const { ctx, texture } = paintedTexture(SIGN_W, SIGN_H);
  const sign = new PlaneGeometry(ENTRANCE_SIGN.width, ENTRANCE_SIGN.height).translate(
    ENTRANCE.x,
    ENTRANCE_SIGN.y,
    ENTRANCE.z + ENTRANCE.depth / 2 - 0.05,
  );
  return { ctx, texture, sign, body: buildEntrance() };
}

export function HallEntrance() {
  const entrance = useMemo(build, []);
  const openSessions = useUiStore((s) => s.setSessionsOpen);
  useEffect(() => {
    const paint = () => {
      paintSign(entrance.ctx);
      entrance.texture.needsUpdate = true;
    };
    paint();
    i18next.on('languageChanged', paint);
    return () => {
      i18next.off('languageChanged', paint);
      entrance.texture.dispose();
      entrance.sign.dispose();
      entrance.body.dispose();
    };
  }, [entrance]);
  useFrame(() => {
    if (!self.placed) return;
    const d = Math.hypot(self.x - ENTRANCE.x, self.z - ENTRANCE.z);
    if (armed && d < ENTER_REACH_M) {
      armed = false;
      openSessions(true);
    } else if (d > LEAVE_REACH_M) armed = true;
  });
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (isTap(e)) openSessions(true);
  };
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js object in the R3F scene, not a DOM element */}
      <mesh geometry={entrance.body} material={VERTEX_COLORED} onClick={onClick} />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js object in the R3F scene, not a DOM element */}
      <mesh geometry={entrance.sign} onClick={onClick}>
        <meshBasicMaterial map={entrance.texture} toneMapped={false} />
      </mesh>
    </>
  );
}
