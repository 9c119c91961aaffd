// The phone's own storage (IndexedDB, client only): the device token and the last home view (with the
// assigned forms, so the app works offline), and every record the surveyor made — drafts, the outbox,
// sent, returned and refused — so nothing is lost to a reload, airplane mode or a dead battery.
import type { AnswerError, Answers } from '../../shared/pendataan/submission.ts';

export type LocalState = 'draft' | 'outbox' | 'sent' | 'returned' | 'refused';

export type LocalRecord = {
  clientId: string;
  campaignId: number;
  formId: number;
  kelurahan: string;
  rw: number;
  rt: number;
  answers: Answers;
  practice: boolean;
  revision: number;
  state: LocalState;
  /** Review comment (returned) or refusal reason (refused). */
  note: string | null;
  errors: AnswerError[];
  /** First saved, epoch ms. */
  createdAt: number;
  updatedAt: number;
};

const DB_NAME = 'makaverse-pendataan';
const DB_VERSION = 1;

let opened: Promise<IDBDatabase> | undefined;

function db(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('kv');
      req.result.createObjectStore('records', { keyPath: 'clientId' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return opened;
}

async function run<T>(
  store: 'kv' | 'records',
  mode: IDBTransactionMode,
  act: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const tx = (await db()).transaction(store, mode);
  const req = act(tx.objectStore(store));
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

export const localDb = {
  get: <T>(key: string) =>
    run<T | undefined>('kv', 'readonly', (s) => s.get(key) as IDBRequest<T | undefined>),
  set: (key: string, value: unknown) => run('kv', 'readwrite', (s) => s.put(value, key)),
  remove: (key: string) => run('kv', 'readwrite', (s) => s.delete(key)),
  records: () => run<LocalRecord[]>('records', 'readonly', (s) => s.getAll() as IDBRequest<LocalRecord[]>),
  putRecord: (r: LocalRecord) => run('records', 'readwrite', (s) => s.put(r)),
  removeRecord: (clientId: string) => run('records', 'readwrite', (s) => s.delete(clientId)),
};
