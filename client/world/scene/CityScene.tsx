// The static city of Makaverse (client only): sky and daylight, sea, ground, landmarks, the red Losari
// letters, every OPD booth with its sign and live display, trees, street furniture, baked shadows and
// the background city, the Rapor Kinerja wall with the 2022 poll, the session and Pendataan boards. Budget for all of it: ≤ 90 draw
// calls and ≤ 100k triangles (renderer.info).
// Taps on a booth → onBoothSelect(id); taps on walkable ground → onGroundPoint(x, z) in world metres;
// a pointer that moved ≥ TAP_MAX_PX between down and up (a camera drag) is not a tap.
import type { CityLayout } from '../../../shared/layout.ts';
import { Background } from './Background.tsx';
import { Boards } from './Boards.tsx';
import { Booths } from './Booths.tsx';
import { Daylight } from './Daylight.tsx';
import { Ground } from './Ground.tsx';
import { GroundShadows } from './GroundShadows.tsx';
import { HallEntrance } from './HallEntrance.tsx';
import { Landmarks } from './Landmarks.tsx';
import { Letters } from './Letters.tsx';
import { PendataanBoard } from './PendataanBoard.tsx';
import { Rain } from './Rain.tsx';
import { RaporWall } from './RaporWall.tsx';
import { Sea } from './Sea.tsx';
import { SessionBoard } from './SessionBoard.tsx';
import { StreetFurniture } from './StreetFurniture.tsx';
import { Trees } from './Trees.tsx';

type CitySceneProps = {
  layout: CityLayout;
  /** The low render tier (../renderTier.ts): flat sky and sea, no rain; everything else is drawn. */
  low: boolean;
  onBoothSelect: (id: string) => void;
  onGroundPoint: (x: number, z: number) => void;
};

export function CityScene({ layout, low, onBoothSelect, onGroundPoint }: CitySceneProps) {
  return (
    <>
      <Daylight flat={low} />
      <Sea flat={low} />
      <Ground layout={layout} onGroundPoint={onGroundPoint} />
      <GroundShadows layout={layout} />
      <Landmarks />
      <Letters />
      <Booths layout={layout} onBoothSelect={onBoothSelect} />
      <Boards layout={layout} />
      <RaporWall />
      <SessionBoard />
      <PendataanBoard />
      <HallEntrance />
      <Trees layout={layout} />
      <StreetFurniture layout={layout} />
      <Background layout={layout} />
      {!low && <Rain />}
    </>
  );
}
