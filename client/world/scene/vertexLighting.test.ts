import { MeshLambertMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { litPerVertexInLowTier, setPerVertexLighting } from './vertexLighting.ts';

describe('per-vertex lighting of the low tier', () => {
  it('switches a registered material to the other program, and only when the tier changes', () => {
    const m = litPerVertexInLowTier(new MeshLambertMaterial({ vertexColors: true }));
    const other = new MeshLambertMaterial();
    expect(m.customProgramCacheKey()).toBe('pixel-lit');
    const v0 = m.version;
    setPerVertexLighting(true);
    expect(m.customProgramCacheKey()).toBe('vertex-lit');
    expect(m.version).toBe(v0 + 1);
    setPerVertexLighting(true);
    expect(m.version).toBe(v0 + 1);
    const shader = { vertexShader: 'lambert', fragmentShader: 'lambert', uniforms: {} };
    m.onBeforeCompile(shader as never, undefined as never);
    expect(shader.vertexShader).toContain('varying vec3 vLit');
    expect(shader.fragmentShader).toContain('gl_FragColor = vec4( vLit, opacity )');
    expect(other.customProgramCacheKey()).not.toBe('vertex-lit');
    setPerVertexLighting(false);
    expect(m.customProgramCacheKey()).toBe('pixel-lit');
    expect(m.version).toBe(v0 + 2);
  });
});
