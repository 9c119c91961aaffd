// Every OPD booth of the layout as two instanced meshes (client only): the neutral structure and the
// category-coloured roof and walls. A tap on either reports the booth's id through onBoothSelect;
// drags (camera orbit) are ignored. Front faces the street: facing +1 → +z, -1 → -z.
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { CityLayout } from '../../../shared/layout.ts';
import { useLightScene } from '../useLightScene.ts';
import { boothNeutralGeometry, boothTintedGeometry } from './boothGeometry.ts';
import { instancedMesh, type Placement } from './instances.ts';
import { VERTEX_COLORED } from './materials.ts';
import { categoryColor } from './palette.ts';
import { isTap } from './tap.ts';

type Props = { layout: CityLayout; onBoothSelect: (id: string) => void };

export function Booths({ layout, onBoothSelect }: Props) {
  const light = useLightScene();
  const meshes = useMemo(() => {
    const place = (color: (category: string) => string): Placement[] =>
      layout.booths.map((b) => ({
        x: b.x,
        z: b.z,
        rot: b.facing === 1 ? 0 : Math.PI,
        sx: 1,
        sy: 1,
        sz: 1,
        color: color(b.category),
      }));
    return [
      instancedMesh(
        boothNeutralGeometry(light),
        VERTEX_COLORED,
        place(() => '#ffffff'),
      ),
      instancedMesh(boothTintedGeometry(light), VERTEX_COLORED, place(categoryColor)),
    ];
  }, [layout, light]);
  useEffect(
    () => () => {
      for (const m of meshes) {
        m.geometry.dispose();
        m.dispose();
      }
    },
    [meshes],
  );

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    const booth = e.instanceId === undefined ? undefined : layout.booths[e.instanceId];
    if (booth && isTap(e)) onBoothSelect(booth.id);
  };
  return (
    <>
      {meshes.map((m) => (
        // biome-ignore lint/a11y/noStaticElementInteractions: a three.js object in the R3F scene, not a DOM element
        <primitive key={m.uuid} object={m} onClick={onClick} />
      ))}
    </>
  );
}
