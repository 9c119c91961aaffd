// The avatars drawn in the last frame, for name tags and diagnostics. Rewritten every frame by
// AvatarCrowd; readers must not keep references across frames.
export type AvatarPose = { id: string; name: string; x: number; z: number; self: boolean; dim: boolean };

export const avatarPoses: AvatarPose[] = [];
