// The Makassar Strait's surface (client only): one unlit shader colouring water by its distance from
// the shore and from Lae-Lae (turquoise shallows, deep blue offshore), with slow drifting ripples and
// a sun glint; uTime is advanced by Sea's useFrame. Fog-aware so the sea melts into the horizon.
import { Color, ShaderMaterial, UniformsLib, UniformsUtils, Vector3 } from 'three';
import { LAE_LAE, SHORE_X } from '../../../shared/cityPlan.ts';
import { COLORS } from './palette.ts';
import { SUN_DIR } from './sunlight.ts';

const vertexShader = /* glsl */ `
#include <fog_pars_vertex>
varying vec3 vWorld;
void main() {
  vec4 world = modelMatrix * vec4(position, 1.0);
  vWorld = world.xyz;
  vec4 mvPosition = viewMatrix * world;
  gl_Position = projectionMatrix * mvPosition;
  #include <fog_vertex>
}`;

const fragmentShader = /* glsl */ `
#include <fog_pars_fragment>
uniform float uTime;
uniform vec3 uShallow;
uniform vec3 uDeep;
uniform vec3 uSun;
uniform float uShoreX;
uniform vec3 uIsland;
varying vec3 vWorld;
void main() {
  float shore = clamp((uShoreX - vWorld.x) / 160.0, 0.0, 1.0);
  float island = clamp((distance(vWorld.xz, uIsland.xy) - uIsland.z) / 60.0, 0.0, 1.0);
  float depth = min(smoothstep(0.0, 1.0, shore), island);
  vec3 color = mix(uShallow, uDeep, depth);
#ifndef SEA_FLAT
  float t = uTime;
  vec2 p = vWorld.xz;
  vec3 n = normalize(vec3(
    0.06 * sin(p.x * 0.31 + t * 1.1) + 0.04 * sin(p.y * 0.23 - t * 0.8) + 0.03 * sin((p.x + p.y) * 0.57 + t * 1.7),
    1.0,
    0.06 * sin(p.y * 0.29 + t * 0.9) + 0.04 * sin(p.x * 0.19 + t * 1.3) + 0.03 * sin((p.x - p.y) * 0.61 - t * 1.5)));
  vec3 view = normalize(cameraPosition - vWorld);
  float facing = 1.0 - max(dot(view, vec3(0.0, 1.0, 0.0)), 0.0);
  color = mix(color, vec3(0.55, 0.78, 0.90), pow(facing, 5.0) * 0.35);
  float glint = pow(max(dot(reflect(-view, n), uSun), 0.0), 220.0);
  color += vec3(1.0, 0.95, 0.85) * glint * 0.9;
  color *= 0.93 + 0.07 * (n.x * 8.0);
#endif
  gl_FragColor = vec4(color, 1.0);
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  #include <fog_fragment>
}`;

/** `flat` (the low render tier): the depth colours without waves, glints or the glancing sheen. */
export function createSeaMaterial(flat = false): ShaderMaterial {
  return new ShaderMaterial({
    defines: flat ? { SEA_FLAT: '' } : {},
    vertexShader,
    fragmentShader,
    fog: true,
    uniforms: UniformsUtils.merge([
      UniformsLib.fog,
      {
        uTime: { value: 0 },
        uShallow: { value: new Color(COLORS.seaShallow) },
        uDeep: { value: new Color(COLORS.seaDeep) },
        uSun: { value: new Vector3(SUN_DIR.x, SUN_DIR.y, SUN_DIR.z) },
        uShoreX: { value: SHORE_X },
        uIsland: { value: new Vector3(LAE_LAE.x, LAE_LAE.z, LAE_LAE.r + 6) },
      },
    ]),
  });
}
