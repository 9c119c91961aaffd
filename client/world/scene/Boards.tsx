// All text of the city in one mesh (client only): booth signs and displays, district signs and
// landmark name plates, sampling the shared sign atlas. Unlit and not tone-mapped, like real screens.
// While mounted, its atlas is the one drawBoothDisplay() paints into.
import { useEffect, useMemo } from 'react';
import type { CityLayout } from '../../../shared/layout.ts';
import { buildBoards } from './boardsGeometry.ts';
import { setActiveSignAtlas } from './boothDisplays.ts';

export function Boards({ layout }: { layout: CityLayout }) {
  const { geometry, atlas } = useMemo(() => buildBoards(layout), [layout]);
  useEffect(() => {
    setActiveSignAtlas(atlas);
    return () => {
      setActiveSignAtlas(null);
      geometry.dispose();
      atlas.texture.dispose();
    };
  }, [geometry, atlas]);
  return (
    <mesh geometry={geometry}>
      <meshBasicMaterial map={atlas.texture} toneMapped={false} />
    </mesh>
  );
}
