// The public-session board on the plaza (client only): west side, facing the spawn, across from the
// Rapor Kinerja wall. Lists live and upcoming sessions (the page's one sessions list,
// useSessionsStore) on a plaza board (./plazaBoard.tsx); a tap opens the sessions list. Its place and
// solid are in shared/cityPlan.ts (SESSION_BOARD).
import type { ThreeEvent } from '@react-three/fiber';
import i18next from 'i18next';
import { SESSION_BOARD } from '../../../shared/cityPlan.ts';
import { hallText } from '../../i18n/hallStrings.ts';
import { useSessionsStore } from '../../stores/useSessionsStore.ts';
import { useUiStore } from '../../stores/useUiStore.ts';
import { BOARD_H, BOARD_W, paintSessionBoard } from '../hall/sessionBoardPainter.ts';
import { PlazaBoardMeshes, usePaintedBoard } from './plazaBoard.tsx';
import { isTap } from './tap.ts';

const paint = (ctx: CanvasRenderingContext2D) => {
  const { sessions, failed } = useSessionsStore.getState();
  // A failed read keeps the last list shown.
  paintSessionBoard(ctx, sessions ?? (failed ? 'failed' : 'loading'), hallText(), i18next.language);
};

export function SessionBoard() {
  const board = usePaintedBoard(
    SESSION_BOARD,
    { canvasW: BOARD_W, canvasH: BOARD_H, goldTrim: true },
    paint,
    () => useSessionsStore.getState().follow(),
    useSessionsStore.subscribe,
  );
  const openSessions = useUiStore((s) => s.setSessionsOpen);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (isTap(e)) openSessions(true);
  };
  return <PlazaBoardMeshes board={board} onClick={onClick} />;
}
