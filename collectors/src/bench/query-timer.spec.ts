import { statementShape } from './query-timer';

describe('statementShape', () => {
  it('when given the collector statements, then it names the verb and the table', () => {
    expect(statementShape('INSERT INTO `interface_samples` (`interface_id`) VALUES (1)')).toBe(
      'INSERT interface_samples',
    );
    expect(statementShape('UPDATE `uplinks` SET `state` = CASE `id` WHEN 1 THEN 2 END')).toBe(
      'UPDATE uplinks',
    );
    expect(
      statementShape(
        'SELECT m.id FROM uplink_members m JOIN interfaces i ON i.id = m.interface_id',
      ),
    ).toBe('SELECT uplink_members');
    expect(statementShape('Executing (abc): COMMIT;')).toBe('COMMIT');
    expect(statementShape('START TRANSACTION;')).toBe('START');
  });
});
