import { storageBenchDatabaseName } from './storage-database';

describe('storageBenchDatabaseName', () => {
  it('when the database is the history one or a storage bench, then it is accepted', () => {
    expect(storageBenchDatabaseName('mysql://root@127.0.0.1:3306/extranet_history')).toBe(
      'extranet_history',
    );
    expect(storageBenchDatabaseName('mysql://root@127.0.0.1:3306/extranet_storage_bench')).toBe(
      'extranet_storage_bench',
    );
  });

  it('when it is any other database, then it is refused with an example', () => {
    for (const name of ['test', 'extranet', 'extranet_bench', 'extranet_history2']) {
      expect(() => storageBenchDatabaseName(`mysql://root@127.0.0.1:3306/${name}`))
        .withContext(name)
        .toThrowError(RangeError, /extranet_storage_bench/);
    }
  });

  it('when it is not MariaDB, then it is refused', () => {
    expect(() => storageBenchDatabaseName('sqlite:data/storage_bench.sqlite')).toThrowError(
      RangeError,
      /mysql:/,
    );
  });
});
