import { describe, expect, it } from 'vitest';
import { withoutPersonalData } from './withoutPersonalData.js';

describe('withoutPersonalData', () => {
  it("takes PostgreSQL's key detail and quoted literals out, keeping the query's name", () => {
    expect(withoutPersonalData('Query add-user failed on PostgreSQL: Key (workspace_id, email)=(1, ana@exemple.fr) already exists.')).toBe(
      'Query add-user failed on PostgreSQL: Key (workspace_id, email)=(…) already exists.',
    );
    expect(withoutPersonalData(`Query find failed on PostgreSQL: invalid input syntax for type integer: 'Jeanne Martin'`)).toBe(
      `Query find failed on PostgreSQL: invalid input syntax for type integer: '…'`,
    );
  });

  it("takes DuckDB's quoted key values and bare e-mail addresses out, keeping identifiers", () => {
    expect(withoutPersonalData('Query add-user failed on DuckDB: Duplicate key "email: ana@exemple.fr" violates primary key constraint')).toBe(
      'Query add-user failed on DuckDB: Duplicate key "…" violates primary key constraint',
    );
    expect(withoutPersonalData('Catalog Error: Table with name "responses" does not exist')).toBe('Catalog Error: Table with name "responses" does not exist');
    expect(withoutPersonalData('could not send to paul.durand+cx@mail.example.com today')).toBe('could not send to … today');
  });
});
