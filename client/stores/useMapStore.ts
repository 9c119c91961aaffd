// Whether the full city map is open (client only). The minimap is always shown in the city.
import { create } from 'zustand';

type MapState = { open: boolean; setOpen: (open: boolean) => void };

export const useMapStore = create<MapState>()((set) => ({
  open: false,
  setOpen: (open) => set({ open }),
}));
