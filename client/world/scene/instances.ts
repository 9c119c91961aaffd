// Builds instanced meshes from placement lists (client only): one draw call per list.
import {
  type BufferGeometry,
  Color,
  Euler,
  InstancedMesh,
  type Material,
  Matrix4,
  Quaternion,
  Vector3,
} from 'three';

/** One instance: base centre (metres), yaw and lean (radians), scale per axis, colour (hex). */
export type Placement = {
  x: number;
  y?: number;
  z: number;
  rot: number;
  lean?: number;
  sx: number;
  sy: number;
  sz: number;
  color: string;
};

const matrix = new Matrix4();
const quat = new Quaternion();
const euler = new Euler(0, 0, 0, 'YXZ');
const pos = new Vector3();
const scale = new Vector3();
const color = new Color();

export function instancedMesh(
  geometry: BufferGeometry,
  material: Material,
  list: readonly Placement[],
): InstancedMesh {
  const mesh = new InstancedMesh(geometry, material, Math.max(list.length, 1));
  mesh.count = list.length;
  list.forEach((p, i) => {
    euler.set(p.lean ?? 0, p.rot, 0);
    matrix.compose(pos.set(p.x, p.y ?? 0, p.z), quat.setFromEuler(euler), scale.set(p.sx, p.sy, p.sz));
    mesh.setMatrixAt(i, matrix);
    mesh.setColorAt(i, color.set(p.color));
  });
  mesh.instanceMatrix.needsUpdate = true;
  if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  mesh.computeBoundingSphere();
  return mesh;
}
