// The painted decoration of Aula Sipakatau (client only): the lettering banner over the screen, the
// sulapa' appa' diamond band and the lipa' sabbe band around the walls, and the checked skirt of the
// stage (decorGeometry.ts). Every quad samples one small canvas atlas painted once: one draw call, a
// few hundred triangles. The banner's lettering follows the visitor's language (repainted on change).
import i18next from 'i18next';
import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import { hallText } from '../../i18n/hallStrings.ts';
import { ATLAS_H, ATLAS_W, buildDecorGeometry, CELLS } from './decorGeometry.ts';
import { paintBanner, paintSongket, paintSulapaAppa } from './decorPainter.ts';

function paintAtlas(): { texture: CanvasTexture; repaintBanner: () => void } {
  const canvas = document.createElement('canvas');
  canvas.width = ATLAS_W;
  canvas.height = ATLAS_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable');
  const banner = () => {
    const t = hallText();
    paintBanner(ctx, CELLS.banner, `${t.hallName} — ${t.cityHall}`);
  };
  banner();
  paintSulapaAppa(ctx, CELLS.diamonds);
  paintSongket(ctx, CELLS.songket);
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  const repaintBanner = () => {
    banner();
    texture.needsUpdate = true;
  };
  return { texture, repaintBanner };
}

export function HallDecor() {
  const decor = useMemo(() => ({ geometry: buildDecorGeometry(), ...paintAtlas() }), []);
  useEffect(() => {
    i18next.on('languageChanged', decor.repaintBanner);
    return () => {
      i18next.off('languageChanged', decor.repaintBanner);
      decor.geometry.dispose();
      decor.texture.dispose();
    };
  }, [decor]);
  return (
    <mesh geometry={decor.geometry}>
      <meshLambertMaterial map={decor.texture} />
    </mesh>
  );
}
