import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { FLOATING_MOSQUE, SPAWN } from '../../../shared/cityPlan.ts';
import { layoutCity } from '../../../shared/layout.ts';
import { REGISTRY } from '../../../shared/registry.ts';
import { type Orbit, OVERVIEW, overviewOrbit } from './overview.ts';

const layout = layoutCity(REGISTRY);
const FOV_DEG = 55;
const PHONE_ASPECT = 390 / 844;

/** Where a world point lands in normalised device coordinates for the orbit around the spawn. */
function project(o: Orbit, aspect: number, x: number, z: number): Vector3 {
  const camera = new PerspectiveCamera(FOV_DEG, aspect, 0.3, 1200);
  const ground = o.distance * Math.cos(o.pitch);
  camera.position.set(
    SPAWN.x + Math.sin(o.yaw) * ground,
    1.5 + Math.sin(o.pitch) * o.distance,
    SPAWN.z + Math.cos(o.yaw) * ground,
  );
  camera.lookAt(SPAWN.x, 2.6, SPAWN.z);
  camera.updateMatrixWorld();
  return new Vector3(x, 0, z).project(camera);
}

const onScreen = (v: Vector3) => Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1 && v.z < 1;

describe('overviewOrbit', () => {
  it('keeps the measured landscape view', () => {
    expect(overviewOrbit(layout, 1280 / 800, FOV_DEG, SPAWN)).toEqual(OVERVIEW);
  });

  it('fits every booth and the floating mosque on a portrait phone, which the landscape view does not', () => {
    const targets = [
      ...layout.booths.map((b) => [b.x, b.z] as const),
      [FLOATING_MOSQUE.x, FLOATING_MOSQUE.z] as const,
    ];
    const phone = overviewOrbit(layout, PHONE_ASPECT, FOV_DEG, SPAWN);
    expect(phone.distance).toBeLessThan(800);
    for (const [x, z] of targets)
      expect(onScreen(project(phone, PHONE_ASPECT, x, z)), `${x},${z}`).toBe(true);
    expect(targets.every(([x, z]) => onScreen(project(OVERVIEW, PHONE_ASPECT, x, z)))).toBe(false);
  });
});
