// The "Pendataan" board on the plaza (client only): west side beside the session board, facing the
// spawn. Campaigns under way and the RT coverage of each kecamatan (useCoverageStore, fed by
// client/net/coverageFeed.ts) on one canvas texture (one draw call) in a merged frame (one more).
// Its place and solid are in shared/cityPlan.ts (PENDATAAN_BOARD).
import i18next from 'i18next';
import { useEffect, useMemo } from 'react';
import { CanvasTexture, PlaneGeometry, SRGBColorSpace } from 'three';
import { PENDATAAN_BOARD } from '../../../shared/cityPlan.ts';
import { followCoverage } from '../../net/coverageFeed.ts';
import { useCoverageStore } from '../../stores/useCoverageStore.ts';
import { VERTEX_COLORED } from './materials.ts';
import { MeshBuilder } from './meshBuilder.ts';
import { PENDATAAN_BOARD_H, PENDATAAN_BOARD_W, paintPendataanBoard } from './pendataanBoardPainter.ts';

const HEIGHT_M = (PENDATAAN_BOARD.width * PENDATAAN_BOARD_H) / PENDATAAN_BOARD_W;

function build() {
  const b = PENDATAAN_BOARD;
  const canvas = document.createElement('canvas');
  canvas.width = PENDATAAN_BOARD_W;
  canvas.height = PENDATAAN_BOARD_H;
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
  for (const side of [-1, 1])
    mb.box(0.24, b.bottom, 0.24, '#3b2418', [bx, 0, b.z + side * (b.width / 2 - 0.5)]);
  return { ctx, texture, face, frame: mb.build() };
}

export function PendataanBoard() {
  const board = useMemo(build, []);
  useEffect(() => {
    const paint = () => {
      const { coverage, failed } = useCoverageStore.getState();
      paintPendataanBoard(board.ctx, coverage ?? (failed ? 'failed' : 'loading'), i18next.language);
      board.texture.needsUpdate = true;
    };
    paint();
    const unfollow = followCoverage();
    const unsubscribe = useCoverageStore.subscribe(paint);
    i18next.on('languageChanged', paint);
    return () => {
      unfollow();
      unsubscribe();
      i18next.off('languageChanged', paint);
      board.texture.dispose();
      board.face.dispose();
      board.frame.dispose();
    };
  }, [board]);
  return (
    <>
      <mesh geometry={board.face}>
        <meshBasicMaterial map={board.texture} toneMapped={false} />
      </mesh>
      <mesh geometry={board.frame} material={VERTEX_COLORED} />
    </>
  );
}
