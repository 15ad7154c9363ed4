import type { SqlDriverAdapter, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/** A first-come, first-served lock: `acquire` resolves, in turn, with the function that lets the next one in. */
class TurnLock {
  #last: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    const previous = this.#last;
    let release = () => {};
    this.#last = new Promise<void>((resolve) => (release = resolve));
    return previous.then(() => release);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/** The transaction as Prisma uses it, letting other statements in again once it commits or rolls back. */
function releasingTransaction(inner: Transaction, release: () => void): Transaction {
  const end = async (finish: () => Promise<void>) => {
    try {
      await finish();
    } finally {
      release();
    }
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    options: inner.options,
    queryRaw: (query: SqlQuery) => inner.queryRaw(query),
    executeRaw: (query: SqlQuery) => inner.executeRaw(query),
    commit: () => end(() => inner.commit()),
    rollback: () => end(() => inner.rollback()),
    createSavepoint: inner.createSavepoint?.bind(inner),
    rollbackToSavepoint: inner.rollbackToSavepoint?.bind(inner),
    releaseSavepoint: inner.releaseSavepoint?.bind(inner),
  };
}

/**
 * Prisma's SQLite adapter runs everything on one connection and locks only transactions against
 * each other: a statement from another request, sent while an interactive transaction is open,
 * runs inside it, sees its unsaved writes, and is undone if it rolls back (a quick exit's session
 * delete could be). Here every statement outside a transaction waits its turn until the open one
 * ends. So code inside a transaction must use the transaction's client, never the outer one.
 */
export function serialiseAroundTransactions(inner: SqlDriverAdapter): SqlDriverAdapter {
  const lock = new TurnLock();
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => lock.run(() => inner.queryRaw(query)),
    executeRaw: (query) => lock.run(() => inner.executeRaw(query)),
    executeScript: (script) => lock.run(() => inner.executeScript(script)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    startTransaction: async (isolationLevel) => {
      const release = await lock.acquire();
      try {
        return releasingTransaction(await inner.startTransaction(isolationLevel), release);
      } catch (error) {
        release();
        throw error;
      }
    },
  };
}
