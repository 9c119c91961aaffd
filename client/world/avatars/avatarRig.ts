// A simple stylised humanoid (about 1.7 m) as boxes and a sphere, and the matrix of each part for a
// pose. Feet at y = 0; the model faces +z at heading 0. Legs and arms swing with `swing` (-1..1).
import { Matrix4, Vector3 } from 'three';

export type Part = {
  name: string;
  shape: 'box' | 'head';
  /** 'player' takes the visitor's colour. */
  color: string;
  size: [number, number, number];
  /** Joint position relative to the feet, and the part's centre relative to the joint. */
  joint: [number, number, number];
  centre: [number, number, number];
  /** Swing amplitude in radians (sign alternates limbs). */
  swing: number;
};

export const PARTS: Part[] = [
  {
    name: 'torso',
    shape: 'box',
    color: 'player',
    size: [0.5, 0.62, 0.28],
    joint: [0, 0.8, 0],
    centre: [0, 0.33, 0],
    swing: 0,
  },
  {
    name: 'head',
    shape: 'head',
    color: '#c68a5b',
    size: [0.36, 0.38, 0.36],
    joint: [0, 1.45, 0],
    centre: [0, 0.2, 0],
    swing: 0,
  },
  {
    name: 'legL',
    shape: 'box',
    color: '#2b2f3a',
    size: [0.18, 0.8, 0.2],
    joint: [-0.12, 0.8, 0],
    centre: [0, -0.4, 0],
    swing: 0.6,
  },
  {
    name: 'legR',
    shape: 'box',
    color: '#2b2f3a',
    size: [0.18, 0.8, 0.2],
    joint: [0.12, 0.8, 0],
    centre: [0, -0.4, 0],
    swing: -0.6,
  },
  {
    name: 'armL',
    shape: 'box',
    color: 'player',
    size: [0.13, 0.58, 0.14],
    joint: [-0.33, 1.38, 0],
    centre: [0, -0.27, 0],
    swing: -0.5,
  },
  {
    name: 'armR',
    shape: 'box',
    color: 'player',
    size: [0.13, 0.58, 0.14],
    joint: [0.33, 1.38, 0],
    centre: [0, -0.27, 0],
    swing: 0.5,
  },
];

const root = new Matrix4();
const joint = new Matrix4();
const rot = new Matrix4();
const local = new Matrix4();
const size = new Vector3();

/** Writes the world matrix of `part` for an avatar at (x, z) facing `heading` into `out`. */
export function partMatrix(
  out: Matrix4,
  part: Part,
  x: number,
  z: number,
  heading: number,
  swing: number,
): Matrix4 {
  root.makeRotationY(heading).setPosition(x, 0, z);
  joint.makeTranslation(part.joint[0], part.joint[1], part.joint[2]);
  rot.makeRotationX(part.swing * swing);
  local.makeTranslation(part.centre[0], part.centre[1], part.centre[2]).scale(size.set(...part.size));
  return out.copy(root).multiply(joint).multiply(rot).multiply(local);
}
