// The painted decoration of Aula Sipakatau (client only): the lettering banner over the screen, the
// sulapa' appa' diamond band and the lipa' sabbe band around the walls, and the checked skirt of the
// stage (decorGeometry.ts). Every quad samples one small canvas atlas painted once: one draw call, a
// few hundred triangles.
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import { ATLAS_H, ATLAS_W, buildDecorGeometry, CELLS } from './decorGeometry.ts';
import { paintBanner, paintSongket, paintSulapaAppa } from './decorPainter.ts';

function paintAtlas(): CanvasTexture {
  const canvas = document.createElement('canvas');
  canvas.width = ATLAS_W;
  canvas.height = ATLAS_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  paintBanner(ctx, CELLS.banner);
  paintSulapaAppa(ctx, CELLS.diamonds);
  paintSongket(ctx, CELLS.songket);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}

export function HallDecor() {
  const decor = useMemo(() => ({ geometry: buildDecorGeometry(), texture: paintAtlas() }), []);
  useEffect(
    () => () => {
      decor.geometry.dispose();
      decor.texture.dispose();
    },
    [decor],
  );
  return (
    <mesh geometry={decor.geometry}>
      <meshLambertMaterial map={decor.texture} />
    </mesh>
  );
}
