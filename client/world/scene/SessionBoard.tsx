// The public-session board on the plaza (client only): west side, facing the spawn, across from the
// Rapor Kinerja wall. Lists live and upcoming sessions (the page's one sessions list,
// useSessionsStore, repainted when it changes and on a language change) on one canvas texture (one draw call) in a merged frame (one more). A
// tap opens the sessions list. Its place and solid are in shared/cityPlan.ts (SESSION_BOARD).
import type { ThreeEvent } from '@react-three/fiber';
import i18next from 'i18next';
import { useEffect, useMemo } from 'react';
import { CanvasTexture, PlaneGeometry, SRGBColorSpace } from 'three';
import { SESSION_BOARD } from '../../../shared/cityPlan.ts';
import { hallText } from '../../i18n/hallStrings.ts';
import { useSessionsStore } from '../../stores/useSessionsStore.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { BOARD_H, BOARD_W, type BoardList, paintSessionBoard } from '../hall/sessionBoardPainter.ts';
import { VERTEX_COLORED } from './materials.ts';
import { MeshBuilder } from './meshBuilder.ts';
import { isTap } from './tap.ts';

const HEIGHT_M = (SESSION_BOARD.width * BOARD_H) / BOARD_W;

function build() {
  const b = SESSION_BOARD;
  const canvas = document.createElement('canvas');
  canvas.width = BOARD_W;
  canvas.height = BOARD_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  const face = new PlaneGeometry(b.width, HEIGHT_M)
    .rotateY(Math.PI / 2)
    .translate(b.x + 0.02, b.bottom + HEIGHT_M / 2, b.z);
  const mb = new MeshBuilder();
  const bx = b.x - 0.2;
  mb.box(0.3, HEIGHT_M + 0.3, b.width + 0.3, '#3b2418', [bx, b.bottom - 0.15, b.z]);
  mb.box(0.4, 0.35, b.width + 0.6, '#a3161c', [bx, b.bottom + HEIGHT_M + 0.15, b.z]);
  mb.box(0.42, 0.12, b.width + 0.62, '#d9a93a', [bx, b.bottom + HEIGHT_M + 0.5, b.z]);
  for (const side of [-1, 1])
    mb.box(0.24, b.bottom, 0.24, '#3b2418', [bx, 0, b.z + side * (b.width / 2 - 0.5)]);
  return { ctx, texture, face, frame: mb.build() };
}

export function SessionBoard() {
  const board = useMemo(build, []);
  const openSessions = useUiStore((s) => s.setSessionsOpen);
  useEffect(() => {
    const listOf = ({ sessions, failed }: { sessions: BoardList | null; failed: boolean }): BoardList =>
      sessions ?? (failed ? 'failed' : 'loading'); // a failed read keeps the last list shown
    const paint = () => {
      paintSessionBoard(board.ctx, listOf(useSessionsStore.getState()), hallText(), i18next.language);
      board.texture.needsUpdate = true;
    };
    paint();
    const stopFollowing = useSessionsStore.getState().follow();
    const stopPainting = useSessionsStore.subscribe(paint);
    i18next.on('languageChanged', paint);
    return () => {
      stopFollowing();
      stopPainting();
      i18next.off('languageChanged', paint);
      board.texture.dispose();
      board.face.dispose();
      board.frame.dispose();
    };
  }, [board]);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (isTap(e)) openSessions(true);
  };
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js object in the R3F scene, not a DOM element */}
      <mesh geometry={board.face} onClick={onClick}>
        <meshBasicMaterial map={board.texture} toneMapped={false} />
      </mesh>
      <mesh geometry={board.frame} material={VERTEX_COLORED} />
    </>
  );
}
