// All ground of the city in one merged geometry (client only): land, shore, civic paving and every
// road of the booth quarter, the civic core and the background grid.
import type { BufferGeometry } from 'three';
import type { CityLayout } from '../../../shared/layout.ts';
import { gridRoads } from './cityGrid.ts';
import { addLand } from './groundBase.ts';
import { addCivicGround } from './groundCivic.ts';
import { addCrossings, addRoads } from './groundRoads.ts';
import { MeshBuilder } from './meshBuilder.ts';
import { cityRoads } from './roads.ts';

export function buildGround(layout: CityLayout): BufferGeometry {
  const mb = new MeshBuilder();
  addLand(mb, layout);
  addCivicGround(mb);
  addRoads(mb, cityRoads(layout));
  addRoads(mb, gridRoads(layout), false);
  addCrossings(mb, layout);
  return mb.build();
}
