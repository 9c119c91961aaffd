// The "Rapor Kinerja" wall and the awareness board (March 2022 poll beside today's trend) on the
// plaza (client only): both faces sample one canvas texture (one draw call), frames and posts are one
// merged mesh (one more). It repaints when useRaporStore's month ranking, useAwarenessStore's trend or
// the language changes, never per frame.
// A tap on the wall or the poll board opens the rapor panel (a DOM list that leads to the booths).
import type { ThreeEvent } from '@react-three/fiber';
import i18next from 'i18next';
import { useEffect, useMemo } from 'react';
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { POLL_BOARD, RAPOR_WALL } from '../../../shared/cityPlan.ts';
import { useAwarenessStore } from '../../stores/useAwarenessStore.ts';
import { useRaporStore } from '../../stores/useRaporStore.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import type { Rect } from './displayPainter.ts';
import { VERTEX_COLORED } from './materials.ts';
import { MeshBuilder } from './meshBuilder.ts';
import { paintedTexture } from './paintedTexture.ts';
import { paintPollBoard, paintRaporWall } from './raporPainter.ts';
import { isTap } from './tap.ts';

const CANVAS_W = 1024;
const CANVAS_H = 1024;
/** Texture cells with the boards' aspect ratios (14 × 7.6 m and 5 × 4 m). */
const WALL_CELL: Rect = { x: 0, y: 0, w: 1024, h: 556 };
const POLL_CELL: Rect = { x: 0, y: 576, w: 480, h: 384 };
type Board = typeof RAPOR_WALL | typeof POLL_BOARD;

/** A west-facing quad (boards stand on the plaza's east side) showing `cell` of the canvas. */
function face(pos: number[], uvs: number[], b: Board, cell: Rect): void {
  const x = b.x - 0.02;
  const [z0, z1, y0, y1] = [b.z - b.width / 2, b.z + b.width / 2, b.bottom, b.bottom + b.height];
  const [u0, u1] = [cell.x / CANVAS_W, (cell.x + cell.w) / CANVAS_W];
  const [v0, v1] = [1 - (cell.y + cell.h) / CANVAS_H, 1 - cell.y / CANVAS_H];
  const corners = [
    [z0, y0, u0, v0],
    [z1, y0, u1, v0],
    [z1, y1, u1, v1],
    [z0, y0, u0, v0],
    [z1, y1, u1, v1],
    [z0, y1, u0, v1],
  ] as const;
  for (const [z, y, u, v] of corners) {
    pos.push(x, y, z);
    uvs.push(u, v);
  }
}

function frames(): BufferGeometry {
  const mb = new MeshBuilder();
  for (const b of [RAPOR_WALL, POLL_BOARD]) {
    const bx = b.x + 0.2;
    mb.box(0.3, b.height + 0.3, b.width + 0.3, '#2f3438', [bx, b.bottom - 0.15, b.z]);
    mb.box(0.4, 0.3, b.width + 0.5, '#b3121f', [bx, b.bottom + b.height + 0.15, b.z]);
    for (const side of [-1, 1])
      mb.box(0.22, b.bottom, 0.22, '#2f3438', [bx, 0, b.z + side * (b.width / 2 - 0.4)]);
  }
  return mb.build();
}

function build() {
  const { ctx, texture } = paintedTexture(CANVAS_W, CANVAS_H, 4);
  const pos: number[] = [];
  const uvs: number[] = [];
  face(pos, uvs, RAPOR_WALL, WALL_CELL);
  face(pos, uvs, POLL_BOARD, POLL_CELL);
  const faces = new BufferGeometry();
  faces.setAttribute('position', new Float32BufferAttribute(pos, 3));
  faces.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
  faces.computeBoundingSphere();
  const paint = () => {
    const t = (key: string, options?: Record<string, unknown>) => String(i18next.t(key, options ?? {}));
    paintRaporWall(ctx, WALL_CELL, useRaporStore.getState().rapor.month, t, i18next.language);
    paintPollBoard(ctx, POLL_CELL, t, useAwarenessStore.getState().trend, i18next.language);
    texture.needsUpdate = true;
  };
  return { texture, faces, frame: frames(), paint };
}

export function RaporWall() {
  const board = useMemo(build, []);
  const openRapor = useUiStore((s) => s.setRaporOpen);
  useEffect(() => {
    board.paint();
    const unsubscribe = useRaporStore.subscribe((s, prev) => {
      if (s.rapor.month !== prev.rapor.month) board.paint();
    });
    const unsubscribeTrend = useAwarenessStore.subscribe((s, prev) => {
      if (s.trend !== prev.trend) board.paint();
    });
    i18next.on('languageChanged', board.paint);
    return () => {
      unsubscribe();
      unsubscribeTrend();
      i18next.off('languageChanged', board.paint);
      board.texture.dispose();
      board.faces.dispose();
      board.frame.dispose();
    };
  }, [board]);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (isTap(e)) openRapor(true);
  };
  return (
    <>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a three.js object in the R3F scene, not a DOM element */}
      <mesh geometry={board.faces} onClick={onClick}>
        <meshBasicMaterial map={board.texture} toneMapped={false} />
      </mesh>
      <mesh geometry={board.frame} material={VERTEX_COLORED} />
    </>
  );
}
