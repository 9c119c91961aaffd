// A painted board on the plaza's west side, facing the spawn (client only): one canvas texture on
// one face (one draw call) in a merged wooden frame with a red cap (one more). The session board and
// the Pendataan board are two of them; each has its place in shared/cityPlan.ts and its own painter.
// Contract of usePaintedBoard: `paint` runs at once, whenever the followed store changes and on a
// language change; the feed is followed while the board is shown; everything is disposed on unmount.
import type { ThreeEvent } from '@react-three/fiber';
import i18next from 'i18next';
import { useEffect, useMemo } from 'react';
import { type BufferGeometry, type CanvasTexture, PlaneGeometry } from 'three';
import { VERTEX_COLORED } from './materials.ts';
import { MeshBuilder } from './meshBuilder.ts';
import { paintedTexture } from './paintedTexture.ts';

type Place = { readonly x: number; readonly z: number; readonly width: number; readonly bottom: number };
export type PlazaBoard = {
  ctx: CanvasRenderingContext2D;
  texture: CanvasTexture;
  face: PlaneGeometry;
  frame: BufferGeometry;
};
type Look = { canvasW: number; canvasH: number; goldTrim?: boolean };

function buildBoard(place: Place, { canvasW, canvasH, goldTrim = false }: Look): PlazaBoard {
  const heightM = (place.width * canvasH) / canvasW;
  const { ctx, texture } = paintedTexture(canvasW, canvasH, 4);
  const face = new PlaneGeometry(place.width, heightM)
    .rotateY(Math.PI / 2)
    .translate(place.x + 0.02, place.bottom + heightM / 2, place.z);
  const mb = new MeshBuilder();
  const bx = place.x - 0.2;
  const top = place.bottom + heightM;
  mb.box(0.3, heightM + 0.3, place.width + 0.3, '#3b2418', [bx, place.bottom - 0.15, place.z]);
  mb.box(0.4, 0.35, place.width + 0.6, '#a3161c', [bx, top + 0.15, place.z]);
  if (goldTrim) mb.box(0.42, 0.12, place.width + 0.62, '#d9a93a', [bx, top + 0.5, place.z]);
  for (const side of [-1, 1])
    mb.box(0.24, place.bottom, 0.24, '#3b2418', [bx, 0, place.z + side * (place.width / 2 - 0.5)]);
  return { ctx, texture, face, frame: mb.build() };
}

/** Builds the board once and keeps it painted while shown (see the contract above). */
export function usePaintedBoard(
  place: Place,
  look: Look,
  paint: (ctx: CanvasRenderingContext2D) => void,
  follow: () => () => void,
  subscribe: (listener: () => void) => () => void,
): PlazaBoard {
  // biome-ignore lint/correctness/useExhaustiveDependencies: built once per mount; places are constants
  const board = useMemo(() => buildBoard(place, look), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the painter and the feed are module-level
  useEffect(() => {
    const repaint = () => {
      paint(board.ctx);
      board.texture.needsUpdate = true;
    };
    repaint();
    const stopFollowing = follow();
    const stopPainting = subscribe(repaint);
    i18next.on('languageChanged', repaint);
    return () => {
      stopFollowing();
      stopPainting();
      i18next.off('languageChanged', repaint);
      board.texture.dispose();
      board.face.dispose();
      board.frame.dispose();
    };
  }, [board]);
  return board;
}

export function PlazaBoardMeshes({
  board,
  onClick,
}: {
  board: PlazaBoard;
  onClick?: (e: ThreeEvent<MouseEvent>) => void;
}) {
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
