// Table types of the kiosks part of the store (migration 010_kiosks). Times are epoch ms.
export type KioskTables = {
  kiosks: {
    key: string;
    name: string;
    location: string;
    language: string;
    idle_seconds: number;
    start_place: string;
    created_by: string;
    created_at: number;
    last_seen_at: number | null;
    report: string | null;
    reload_requested_at: number | null;
  };
};
