import type { DraftBackend, DraftRecord } from './browser-drafts';

const DATABASE_NAME = 'journeymap';
const DATABASE_VERSION = 1;
const STORE_NAME = 'drafts';

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE_NAME, DATABASE_VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE_NAME)) {
        request.result.createObjectStore(STORE_NAME, { keyPath: 'draftId' });
      }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('Could not open the drafts database'));
    request.onblocked = () => reject(new Error('The drafts database is blocked by another tab'));
  });
}

/** Drafts in the browser's IndexedDB, one record per tab keyed by `draftId`. */
export function createIndexedDbDraftBackend(factory: IDBFactory): DraftBackend {
  let database: Promise<IDBDatabase> | null = null;
  const connect = (): Promise<IDBDatabase> => {
    database ??= openDatabase(factory).catch((error: unknown) => {
      database = null;
      throw error;
    });
    return database;
  };

  async function run<T>(mode: IDBTransactionMode, operation: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await connect();
    const transaction = db.transaction(STORE_NAME, mode);
    const finished = new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
      transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    });
    const [result] = await Promise.all([promised(operation(transaction.objectStore(STORE_NAME))), finished]);
    return result;
  }

  return {
    put: async (record: DraftRecord) => {
      await run('readwrite', (store) => store.put(record));
    },
    get: (draftId) => run('readonly', (store) => store.get(draftId) as IDBRequest<unknown>),
    getAll: () => run('readonly', (store) => store.getAll() as IDBRequest<unknown[]>),
    delete: async (draftId) => {
      await run('readwrite', (store) => store.delete(draftId));
    },
  };
}
