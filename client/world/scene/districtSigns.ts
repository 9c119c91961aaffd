// Where each district sign stands (client only): at the start of a category's run of booths
// (layout.districts), on the sidewalk in the gap before the first booth, turned a little towards
// the avenue so visitors walking into the street can read it. Board size in metres.
import type { CityLayout } from '../../../shared/layout.ts';

type DistrictSign = {
  category: string;
  label: string;
  board: { x: number; y: number; z: number; w: number; h: number; rotY: number };
};

const BOARD_W = 3.3;
const BOARD_H = BOARD_W / (256 / 96);
const BOARD_Y = 2.3;
const SIDEWALK_OFFSET_M = 4.6;
const TURN_RAD = 0.55;

export function districtSigns(layout: CityLayout): DistrictSign[] {
  return layout.districts.map((d) => {
    const street = layout.streets.reduce((best, s) =>
      Math.abs(s.z - d.z) < Math.abs(best.z - d.z) ? s : best,
    );
    const side = d.z < street.z ? -1 : 1;
    return {
      category: d.category,
      label: d.label,
      board: {
        x: d.x,
        y: BOARD_Y,
        z: street.z + side * SIDEWALK_OFFSET_M,
        w: BOARD_W,
        h: BOARD_H,
        rotY: side < 0 ? -TURN_RAD : Math.PI + TURN_RAD,
      },
    };
  });
}
