import { ConnectionRefusedError, DatabaseError, UniqueConstraintError } from 'sequelize';
import { isDatabaseUnavailable } from './database-availability';

describe('isDatabaseUnavailable', () => {
  it('when the server refuses the connection, then the database is away', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3306'), {
      code: 'ECONNREFUSED',
    });
    expect(isDatabaseUnavailable(new ConnectionRefusedError(refused))).toBeTrue();
  });

  it('when a connection drops mid-query or SQLite stays locked, then the database is away', () => {
    const lost = Object.assign(new Error('Connection lost'), { code: 'PROTOCOL_CONNECTION_LOST' });
    expect(isDatabaseUnavailable(new DatabaseError(lost as never))).toBeTrue();
    const busy = Object.assign(new Error('SQLITE_BUSY: database is locked'), {
      code: 'SQLITE_BUSY',
    });
    expect(isDatabaseUnavailable(new DatabaseError(busy as never))).toBeTrue();
  });

  it('when the write itself is wrong, then it is not buffered for a replay that would fail again', () => {
    expect(isDatabaseUnavailable(new UniqueConstraintError({}))).toBeFalse();
    const syntax = Object.assign(new Error('You have an error in your SQL syntax'), {
      code: 'ER_PARSE_ERROR',
    });
    expect(isDatabaseUnavailable(new DatabaseError(syntax as never))).toBeFalse();
    expect(isDatabaseUnavailable(new Error('boom'))).toBeFalse();
  });
});
