// The "Pendataan" board on the plaza (client only): west side beside the session board, facing the
// spawn. Campaigns under way and the RT coverage of each kecamatan (useCoverageStore, followed while
// the board is shown) on a plaza board (./plazaBoard.tsx). Its place and solid are in
// shared/cityPlan.ts (PENDATAAN_BOARD).
import i18next from 'i18next';
import { PENDATAAN_BOARD } from '../../../shared/cityPlan.ts';
import { useCoverageStore } from '../../stores/useCoverageStore.ts';
import { PENDATAAN_BOARD_H, PENDATAAN_BOARD_W, paintPendataanBoard } from './pendataanBoardPainter.ts';
import { PlazaBoardMeshes, usePaintedBoard } from './plazaBoard.tsx';

const paint = (ctx: CanvasRenderingContext2D) => {
  const { coverage, failed } = useCoverageStore.getState();
  paintPendataanBoard(ctx, coverage ?? (failed ? 'failed' : 'loading'), i18next.language);
};

export function PendataanBoard() {
  const board = usePaintedBoard(
    PENDATAAN_BOARD,
    { canvasW: PENDATAAN_BOARD_W, canvasH: PENDATAAN_BOARD_H },
    paint,
    () => useCoverageStore.getState().follow(),
    useCoverageStore.subscribe,
  );
  return <PlazaBoardMeshes board={board} />;
}
