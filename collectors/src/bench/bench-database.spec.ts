import { benchDatabaseName } from './bench-database';

describe('benchDatabaseName', () => {
  it("when the MariaDB database is the collector bench's, then it is accepted", () => {
    for (const name of ['extranet_bench', 'extranet_collector_bench_2']) {
      expect(benchDatabaseName(`mysql://root@127.0.0.1:3306/${name}`)).toEqual({
        dialect: 'mysql',
        name,
      });
    }
  });

  it("when it is CI's test, the console's or the storage bench's, then it is refused before anything is dropped", () => {
    for (const name of ['test', 'extranet', 'extranet_storage_bench', 'bench']) {
      expect(() => benchDatabaseName(`mysql://root@127.0.0.1:3306/${name}`)).toThrowError(
        RangeError,
        /extranet_bench or contain "collector_bench"/,
      );
    }
  });

  it('when a SQLite file is named for the collector bench, then it is accepted; otherwise refused', () => {
    expect(benchDatabaseName('sqlite:/tmp/extranet-collector-bench.sqlite').dialect).toBe('sqlite');
    expect(() => benchDatabaseName('sqlite:data/extranet.sqlite')).toThrowError(RangeError);
  });

  it('when the scheme is something else, then it is refused', () => {
    expect(() => benchDatabaseName('postgres://localhost/extranet_bench')).toThrowError(RangeError);
  });
});
