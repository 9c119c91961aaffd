// What the visitor wants to do this frame, written by input components (keyboard, joystick, clicks)
// and read by SelfController in useFrame. Plain module state: no React renders.

/** Held movement keys. */
export const keys = { forward: false, back: false, left: false, right: false };

/** Joystick deflection, -1..1 on each axis (y up = forward). */
export const joystick = { x: 0, y: 0 };

/** Click/tap-to-walk destination on the ground, or null. */
export const walkTarget: { point: { x: number; z: number } | null } = { point: null };

/** Third-person camera orbit: yaw around the avatar (0 = camera south of it), pitch above ground. */
export const orbit = { yaw: 0, pitch: 0.32, distance: 13 };

export function clearWalkTarget(): void {
  walkTarget.point = null;
}
