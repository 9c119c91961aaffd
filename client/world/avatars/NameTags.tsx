// Name tags above avatars as DOM labels positioned in useFrame (no React renders, no draw calls),
// one element per avatar id, kept apart on screen by `declutter` (nearest avatar first, the
// visitor's own tag before all). Names are set with textContent: user text is never parsed as HTML;
// a tag's size is measured only when its name changes. Renders nothing itself.
// `groundY` (optional, metres) raises the tags of avatars standing on raised ground (the hall's stage).
// `onPick` (optional) makes other visitors' tags clickable (the city: report a person).
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { avatarPoses } from './avatarPoses.ts';
import { declutter, type Label } from './declutter.ts';

const MAX_TAGS = 40;
const MAX_DISTANCE_M = 45;
const TAG_HEIGHT_M = 2.15;
/** A tag out of view for this many frames is removed from the page. */
const FORGET_FRAMES = 600;
const p = new Vector3();

type Tag = { el: HTMLDivElement; name: string; w: number; h: number; seen: number };
type Slot = Label & { tag: Tag | null; rank: number };
const slots: Slot[] = Array.from({ length: MAX_TAGS }, () => ({
  x: 0,
  y: 0,
  w: 0,
  h: 0,
  lift: 0,
  shown: false,
  tag: null,
  rank: 0,
}));
const byRank = (a: Slot, b: Slot) => a.rank - b.rank;
const order: Slot[] = [];

type Props = {
  groundY?: (x: number, z: number) => number;
  onPick?: (id: string, name: string) => void;
};

export function NameTags({ groundY, onPick }: Props = {}) {
  const { gl, camera, size } = useThree();
  const layer = useRef<HTMLDivElement | null>(null);
  const tags = useRef(new Map<string, Tag>());
  const frame = useRef(0);

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
    const all = tags.current;
    return () => {
      div.remove();
      all.clear();
    };
  }, [gl, onPick]);

  useFrame(() => {
    const container = layer.current;
    if (!container) return;
    const now = ++frame.current;
    let n = 0;
    for (const a of avatarPoses) {
      if (n >= MAX_TAGS) break;
      p.set(a.x, TAG_HEIGHT_M + (groundY ? groundY(a.x, a.z) : 0), a.z);
      const distance = p.distanceTo(camera.position);
      if (distance > MAX_DISTANCE_M) continue;
      p.project(camera);
      if (p.z > 1 || Math.abs(p.x) > 1.1 || Math.abs(p.y) > 1.1) continue;
      let tag = tags.current.get(a.id);
      if (!tag) {
        const el = document.createElement('div');
        el.className = 'name-tag';
        container.appendChild(el);
        tag = { el, name: '', w: 0, h: 0, seen: 0 };
        tags.current.set(a.id, tag);
      }
      if (tag.name !== a.name) {
        tag.name = a.name;
        tag.el.textContent = a.name;
        tag.el.style.display = '';
        tag.w = tag.el.offsetWidth;
        tag.h = tag.el.offsetHeight;
      }
      tag.el.classList.toggle('self', a.self);
      tag.el.classList.toggle('away', a.dim);
      tag.el.classList.toggle('pick', onPick !== undefined && !a.self);
      if (tag.el.dataset.id !== a.id) tag.el.dataset.id = a.id;
      tag.seen = now;
      const s = slots[n] as Slot;
      s.x = ((p.x + 1) / 2) * size.width;
      s.y = ((1 - p.y) / 2) * size.height;
      s.w = tag.w;
      s.h = tag.h;
      s.tag = tag;
      s.rank = a.self ? -1 : distance;
      order[n] = s;
      n++;
    }
    order.length = n;
    order.sort(byRank);
    declutter(order, n);
    for (const s of order) {
      const el = (s.tag as Tag).el;
      if (!s.shown) {
        if (el.style.display !== 'none') el.style.display = 'none';
        continue;
      }
      el.style.display = '';
      el.style.transform = `translate(-50%, -100%) translate(${s.x}px, ${s.y - s.lift}px)`;
    }
    for (const [id, tag] of tags.current) {
      if (tag.seen === now) continue;
      // Out of view: hidden; out of view for long (or gone): removed.
      if (now - tag.seen > FORGET_FRAMES) {
        tag.el.remove();
        tags.current.delete(id);
      } else if (tag.el.style.display !== 'none') tag.el.style.display = 'none';
    }
  });
  return null;
}
