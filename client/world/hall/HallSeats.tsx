// The audience seats of the hall (client only): one padded red chair per seat of the hall plan, as a
// single instanced mesh (one draw call; chairGeometry.ts). A chair stands just behind its seat
// point, facing the stage (−z), so an attendee placed at the seat stands in front of it.
import { useEffect, useMemo } from 'react';
import { SEATS } from '../../../shared/session/hallPlan.ts';
import { instancedMesh } from '../scene/instances.ts';
import { VERTEX_COLORED } from '../scene/materials.ts';
import { buildChair } from './chairGeometry.ts';

/** How far behind the seat point (towards +z) the chair stands, metres. */
const CHAIR_BEHIND_M = 0.5;

export function HallSeats() {
  const mesh = useMemo(() => {
    const placements = SEATS.map((s) => ({
      x: s.x,
      z: s.z + CHAIR_BEHIND_M,
      rot: 0,
      sx: 1,
      sy: 1,
      sz: 1,
      color: '#ffffff',
    }));
    return instancedMesh(buildChair(), VERTEX_COLORED, placements);
  }, []);
  useEffect(() => () => mesh.geometry.dispose(), [mesh]);
  return <primitive object={mesh} />;
}
