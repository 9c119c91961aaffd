// Colours of Aula Sipakatau (CSS hex strings, sRGB): warm wood, cream walls, the red and gold of
// lipa' sabbe (Bugis-Makassar silk sarongs) and the Makassar emblem. Pure data (no three, no React).
export const HALL_COLORS = {
  plankA: '#a9703f',
  plankB: '#b67d49',
  plankC: '#9d6436',
  stageWood: '#7a4a28',
  stageTop: '#8d5a32',
  woodDark: '#4e301c',
  woodCarved: '#6b4023',
  wallCream: '#efe1c3',
  wallOchre: '#d8b57a',
  ceiling: '#5b3a22',
  beam: '#43291a',
  gold: '#d9a93a',
  goldPale: '#f0cf73',
  red: '#a3161c',
  redDeep: '#7d1015',
  carpet: '#8e1b1e',
  window: '#f5dfa3',
  windowFrame: '#5a3820',
  screenFrame: '#2a1b12',
  seat: '#7d1a1f',
  seatFrame: '#3b2418',
  /** Background beyond the walls (seen only through a gap) and the haze. */
  air: '#2a1a10',
} as const;
