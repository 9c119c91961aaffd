// Per-vertex lighting for the low render tier (client only). Software WebGL (SwiftShader on a GPU-less
// kiosk or an old phone) spends most of a frame lighting pixels; in the low tier the city's Lambert
// materials are lit per vertex instead (Gouraud): the same lights (ambient, hemisphere, sun), vertex and
// instance colours, emissive, fog, tone mapping and colour space — only the light is interpolated
// across each face, which the city's flat-coloured low-polygon shapes hardly show. Measured with the
// CPU time of the browser per frame (bench:client): about half of a per-pixel-lit frame.
// Contract: a material passed to `litPerVertexInLowTier` switches when `setPerVertexLighting` is called
// (three.js compiles the other program once and keeps both); single-sided and double-sided both work
// (double-sided faces take the light on either side).
import type { MeshLambertMaterial } from 'three';

const VERTEX = /* glsl */ `
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 ambientLightColor;
#if NUM_HEMI_LIGHTS > 0
  struct HemisphereLight { vec3 direction; vec3 skyColor; vec3 groundColor; };
  uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
#endif
#if NUM_DIR_LIGHTS > 0
  struct DirectionalLight { vec3 direction; vec3 color; };
  uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
#endif
varying vec3 vLit;
void main() {
  #include <color_vertex>
  #include <beginnormal_vertex>
  #include <defaultnormal_vertex>
  #include <begin_vertex>
  #include <project_vertex>
  #include <logdepthbuf_vertex>
  #include <fog_vertex>
  vec3 n = normalize( transformedNormal );
  vec3 irradiance = ambientLightColor;
  #if NUM_HEMI_LIGHTS > 0
    #pragma unroll_loop_start
    for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
      float w = 0.5 * dot( n, hemisphereLights[ i ].direction ) + 0.5;
      irradiance += mix( hemisphereLights[ i ].groundColor, hemisphereLights[ i ].skyColor, w );
    }
    #pragma unroll_loop_end
  #endif
  #if NUM_DIR_LIGHTS > 0
    #pragma unroll_loop_start
    for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
      float d = dot( n, directionalLights[ i ].direction );
      #ifdef DOUBLE_SIDED
        d = abs( d );
      #endif
      irradiance += max( d, 0.0 ) * directionalLights[ i ].color;
    }
    #pragma unroll_loop_end
  #endif
  vec3 base = diffuse;
  #if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR )
    base *= vColor.rgb;
  #endif
  vLit = irradiance * RECIPROCAL_PI * base + emissive;
}`;

const FRAGMENT = /* glsl */ `
#include <common>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
uniform float opacity;
varying vec3 vLit;
void main() {
  #include <logdepthbuf_fragment>
  gl_FragColor = vec4( vLit, opacity );
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
  #include <fog_fragment>
}`;

const materials = new Set<MeshLambertMaterial>();
let perVertex = false;

/** Makes `material` (a long-lived one: it is held here) follow the low tier's lighting; returns it. */
export function litPerVertexInLowTier<T extends MeshLambertMaterial>(material: T): T {
  material.onBeforeCompile = (shader) => {
    if (!perVertex) return;
    shader.vertexShader = VERTEX;
    shader.fragmentShader = FRAGMENT;
  };
  material.customProgramCacheKey = () => (perVertex ? 'vertex-lit' : 'pixel-lit');
  materials.add(material);
  return material;
}

/** Lights every registered material per vertex (true: the low tier) or per pixel (false). */
export function setPerVertexLighting(on: boolean): void {
  if (on === perVertex) return;
  perVertex = on;
  for (const m of materials) m.needsUpdate = true;
}
