// The city's service catalogue for the directory search, and the service a resident picked there so
// the booth panel opens on it (issue 12). Client only.
import { create } from 'zustand';
import { type CatalogueEntry, fetchCatalogue } from '../net/servicesApi.ts';

type Services = {
  /** null until loaded (or when it could not be); the directory then lists organisations only. */
  catalogue: CatalogueEntry[] | null;
  /** The service chosen in the directory: its booth's panel opens it and scrolls to it. */
  focus: { opdId: string; serviceId: number } | null;
  /** Fetches the catalogue once per visit (again after a failure). */
  loadCatalogue: () => void;
  setFocus: (focus: { opdId: string; serviceId: number } | null) => void;
};

let loading = false;

export const useServicesStore = create<Services>()((set, get) => ({
  catalogue: null,
  focus: null,
  loadCatalogue: () => {
    if (loading || get().catalogue) return;
    loading = true;
    fetchCatalogue().then(
      (catalogue) => {
        loading = false;
        set({ catalogue });
      },
      () => {
        loading = false;
      },
    );
  },
  setFocus: (focus) => set({ focus }),
}));
