// The field app's state and actions (client only): sign-in (device token), the home view with the
// assigned forms, the records on the phone and the sync of the outbox. Everything is written to
// IndexedDB before the screen changes, so a reload or a dead battery loses nothing.
import { create } from 'zustand';
import type { Assignment, FieldHome } from '../../shared/pendataan/api.ts';
import { MAX_SYNC_BATCH } from '../../shared/pendataan/limits.ts';
import type { Answers } from '../../shared/pendataan/submission.ts';
import { validateSubmission } from '../../shared/pendataan/submission.ts';
import { FieldApiError, pendataanApi } from '../net/pendataanApi.ts';
import { type LocalRecord, localDb } from './localDb.ts';
import { applyResults, applyReviews, mergeRecords } from './records.ts';

export type Phase = 'loading' | 'activate' | 'home' | 'fill';
export type SyncStatus = 'idle' | 'sending' | 'offline' | 'error' | 'signed-out';

type FieldState = {
  phase: Phase;
  token: string | null;
  home: FieldHome | null;
  records: LocalRecord[];
  editing: string | null;
  sync: SyncStatus;
  activateError: string | null;
  boot(): Promise<void>;
  activate(code: string): Promise<void>;
  refresh(): Promise<void>;
  startRecord(a: Assignment, practice: boolean): Promise<void>;
  open(clientId: string): void;
  close(): void;
  saveDraft(clientId: string, answers: Answers, rt: number): Promise<void>;
  /** Validates and moves the record to the outbox; false (errors kept on the record) when invalid. */
  submit(clientId: string): Promise<boolean>;
  discard(clientId: string): Promise<void>;
  syncNow(): Promise<void>;
};

const newClientId = () => crypto.randomUUID();

export const assignmentOf = (home: FieldHome | null, campaignId: number) =>
  home?.assignments.find((a) => a.campaignId === campaignId);

export const useFieldStore = create<FieldState>()((set, get) => {
  const put = async (changed: LocalRecord[]) => {
    for (const r of changed) await localDb.putRecord(r);
    set({ records: mergeRecords(get().records, changed) });
  };
  const setHome = async (home: FieldHome) => {
    await localDb.set('home', home);
    set({ home });
    await put(applyReviews(get().records, home.records, Date.now()));
  };
  const signedOut = async () => {
    await localDb.remove('token');
    set({ token: null, phase: 'activate', sync: 'signed-out' });
  };
  return {
    phase: 'loading',
    token: null,
    home: null,
    records: [],
    editing: null,
    sync: 'idle',
    activateError: null,
    async boot() {
      const [token, home, records] = await Promise.all([
        localDb.get<string>('token'),
        localDb.get<FieldHome>('home'),
        localDb.records(),
      ]);
      set({
        token: token ?? null,
        home: home ?? null,
        records: mergeRecords([], records),
        phase: token ? 'home' : 'activate',
      });
      if (token) void get().syncNow();
    },
    async activate(code) {
      set({ activateError: null });
      try {
        const { token, home } = await pendataanApi.activate(code);
        await localDb.set('token', token);
        set({ token, phase: 'home', sync: 'idle' });
        await setHome(home);
      } catch (e) {
        const status = e instanceof FieldApiError ? e.status : 'error';
        set({
          activateError:
            status === 'offline'
              ? 'offline'
              : status === 400 || status === 404
                ? 'unknown'
                : status === 429
                  ? 'throttled'
                  : 'failed',
        });
      }
    },
    async refresh() {
      const token = get().token;
      if (!token) return;
      try {
        await setHome(await pendataanApi.home(token));
      } catch (e) {
        if (e instanceof FieldApiError && e.status === 401) await signedOut();
      }
    },
    async startRecord(a, practice) {
      const now = Date.now();
      const s = get().home?.surveyor;
      if (!s) return;
      const r: LocalRecord = {
        clientId: newClientId(),
        campaignId: a.campaignId,
        formId: a.form.id,
        kelurahan: s.kelurahan,
        rw: s.rw,
        rt: a.rts[0] ?? s.rt,
        answers: {},
        practice,
        revision: 1,
        state: 'draft',
        note: null,
        errors: [],
        createdAt: now,
        updatedAt: now,
      };
      await put([r]);
      set({ editing: r.clientId, phase: 'fill' });
    },
    open: (clientId) => set({ editing: clientId, phase: 'fill' }),
    close: () => set({ editing: null, phase: 'home' }),
    async saveDraft(clientId, answers, rt) {
      const r = get().records.find((x) => x.clientId === clientId);
      if (!r || r.state === 'outbox' || r.state === 'sent') return;
      await put([{ ...r, answers, rt, updatedAt: Date.now() }]);
    },
    async submit(clientId) {
      const r = get().records.find((x) => x.clientId === clientId);
      const a = r && assignmentOf(get().home, r.campaignId);
      if (!r || !a) return false;
      const checked = validateSubmission(a.form.definition, r.answers);
      if (!checked.ok) {
        await put([{ ...r, errors: checked.errors, updatedAt: Date.now() }]);
        return false;
      }
      // A returned record goes back as the next revision; a draft made with an older form version
      // moves to the version the phone now holds (it was just checked against it).
      const revision = r.state === 'returned' ? r.revision + 1 : r.revision;
      await put([
        { ...r, formId: a.form.id, revision, state: 'outbox', errors: [], note: null, updatedAt: Date.now() },
      ]);
      set({ editing: null, phase: 'home' });
      void get().syncNow();
      return true;
    },
    async discard(clientId) {
      await localDb.removeRecord(clientId);
      set({ records: get().records.filter((r) => r.clientId !== clientId), editing: null, phase: 'home' });
    },
    async syncNow() {
      const token = get().token;
      if (!token || get().sync === 'sending') return;
      // Known offline (airplane mode): no request; the 'online' event (FieldApp.tsx) syncs again.
      if (typeof navigator !== 'undefined' && navigator.onLine === false) return;
      set({ sync: 'sending' });
      try {
        for (;;) {
          const batch = get()
            .records.filter((r) => r.state === 'outbox')
            .slice(0, MAX_SYNC_BATCH);
          if (batch.length === 0) break;
          const { results } = await pendataanApi.sync(
            token,
            batch.map((r) => ({
              clientId: r.clientId,
              campaignId: r.campaignId,
              formId: r.formId,
              kelurahan: r.kelurahan,
              rw: r.rw,
              rt: r.rt,
              answers: r.answers,
              practice: r.practice,
              revision: r.revision,
              submittedAt: r.updatedAt,
            })),
          );
          await put(applyResults(get().records, results, Date.now()));
        }
        set({ sync: 'idle' });
        await get().refresh();
      } catch (e) {
        if (e instanceof FieldApiError && e.status === 401) await signedOut();
        else set({ sync: e instanceof FieldApiError && e.status === 'offline' ? 'offline' : 'error' });
      }
    },
  };
});
