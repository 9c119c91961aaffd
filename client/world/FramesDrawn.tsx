// Inside a Canvas (client only): calls `onDrawn` once, after the Canvas has drawn `frames` frames —
// its shaders compiled, its geometry uploaded and the camera settled. Renders nothing.
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';

export function FramesDrawn({ frames, onDrawn }: { frames: number; onDrawn: () => void }) {
  const drawn = useRef(0);
  useFrame(() => {
    drawn.current++;
    if (drawn.current === frames) onDrawn();
  });
  return null;
}
