// Colours of the city (CSS hex strings, sRGB). Pure data: the HUD imports CATEGORY_COLORS for its
// legends, so this module must never import three or React.

/** One colour per OPD category id (shared/data/opds.json), used for booth roofs, walls and signs. */
export const CATEGORY_COLORS: Record<string, string> = {
  sekretariat: '#c8102e',
  pengawasan: '#55707f',
  'pelayanan-dasar': '#1f6fd6',
  'non-pelayanan-dasar': '#12998a',
  'urusan-pilihan': '#8bb526',
  penunjang: '#eda400',
  'rumah-sakit': '#e4569a',
  'bagian-setda': '#e8660c',
  kewilayahan: '#6a45c2',
  perusda: '#2d7d3a',
};

/** For a category the palette does not know yet (a registry addition). */
export const FALLBACK_COLOR = '#8a8f98';

export function categoryColor(category: string): string {
  return CATEGORY_COLORS[category] ?? FALLBACK_COLOR;
}

/** Materials of the scene, named by what they are. */
export const COLORS = {
  makassarRed: '#c8102e',
  lawn: '#8fb35c',
  lawnDark: '#6f9a45',
  field: '#7fba4e',
  sand: '#e6d3a3',
  asphalt: '#5b5f66',
  marking: '#f2f0e6',
  sidewalk: '#d9d3c6',
  kerb: '#e9e4da',
  paving: '#ece4d2',
  pavingBand: '#b8745a',
  promenade: '#e6d4b4',
  track: '#b35a43',
  water: '#3aa7c9',
  seawall: '#a39b8d',
  stone: '#857567',
  stoneDark: '#6b5d52',
  cream: '#f3ecdc',
  white: '#f7f5ef',
  roofRed: '#b3261e',
  roofTile: '#7e2b20',
  wood: '#6b4a2f',
  woodDark: '#4a3222',
  glass: '#5f8fb0',
  glassDark: '#3d6685',
  window: '#2f3a44',
  domeBlue: '#2a6fd1',
  gold: '#e0b040',
  steel: '#6d747c',
  palm: '#4f8a2f',
  seaShallow: '#2fb3b5',
  seaDeep: '#0f5a8c',
} as const;
