// Name tags above avatars as a pool of DOM labels positioned in useFrame (no React renders, no draw
// calls). Names are set with textContent: user text is never parsed as HTML. Renders nothing itself.
// `groundY` (optional, metres) raises the tags of avatars standing on raised ground (the hall's stage).
// `onPick` (optional) makes other visitors' tags clickable (the city: report a person).
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { avatarPoses } from './avatarPoses.ts';

const MAX_TAGS = 40;
const MAX_DISTANCE_M = 45;
const TAG_HEIGHT_M = 2.15;
const p = new Vector3();

type Props = {
  groundY?: (x: number, z: number) => number;
  onPick?: (id: string, name: string) => void;
};

export function NameTags({ groundY, onPick }: Props = {}) {
  const { gl, camera, size } = useThree();
  const layer = useRef<HTMLDivElement | null>(null);
  const pool = useRef<HTMLDivElement[]>([]);

  useEffect(() => {
    const div = document.createElement('div');
    div.className = 'name-tags';
    div.setAttribute('aria-hidden', 'true');
    gl.domElement.parentElement?.appendChild(div);
    layer.current = div;
    const pick = (e: MouseEvent) => {
      const tag = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>('.name-tag.pick') : null;
      if (tag?.dataset.id && onPick) onPick(tag.dataset.id, tag.textContent ?? '');
    };
    div.addEventListener('click', pick);
    return () => div.remove();
  }, [gl, onPick]);

  useFrame(() => {
    const container = layer.current;
    if (!container) return;
    let used = 0;
    for (const a of avatarPoses) {
      if (used >= MAX_TAGS) break;
      p.set(a.x, TAG_HEIGHT_M + (groundY ? groundY(a.x, a.z) : 0), a.z);
      if (p.distanceTo(camera.position) > MAX_DISTANCE_M) continue;
      p.project(camera);
      if (p.z > 1 || Math.abs(p.x) > 1.1 || Math.abs(p.y) > 1.1) continue;
      let tag = pool.current[used];
      if (!tag) {
        tag = document.createElement('div');
        tag.className = 'name-tag';
        container.appendChild(tag);
        pool.current.push(tag);
      }
      if (tag.textContent !== a.name) tag.textContent = a.name;
      tag.classList.toggle('self', a.self);
      tag.classList.toggle('pick', onPick !== undefined && !a.self);
      if (tag.dataset.id !== a.id) tag.dataset.id = a.id;
      tag.classList.toggle('away', a.dim);
      tag.style.display = '';
      tag.style.transform = `translate(-50%, -100%) translate(${((p.x + 1) / 2) * size.width}px, ${((1 - p.y) / 2) * size.height}px)`;
      used++;
    }
    for (let i = used; i < pool.current.length; i++) {
      const tag = pool.current[i];
      if (tag && tag.style.display !== 'none') tag.style.display = 'none';
    }
  });
  return null;
}
