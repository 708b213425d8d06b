import { describe, expect, it } from 'vitest';
import { writtenTables } from './writtenTables.js';

describe('writtenTables', () => {
  it('says a read writes nothing', () => {
    expect(writtenTables('select count(*) from responses t where t.workspace_id = $workspace')).toEqual([]);
    expect(writtenTables('with recent as (select * from mentions) select * from recent')).toEqual([]);
  });

  it('names the tables an insert, update, delete, copy, truncate or merge writes, without their schema', () => {
    expect(writtenTables('INSERT INTO main.responses select * from staged')).toEqual(['responses']);
    expect(writtenTables('insert or replace into "text_analyses" values (1)')).toEqual(['text_analyses']);
    expect(writtenTables('update auth_sessions set last_seen_at = now()')).toEqual(['auth_sessions']);
    expect(writtenTables('delete from text_themes where item_id = $id; delete from text_analyses where item_id = $id')).toEqual([
      'text_themes',
      'text_analyses',
    ]);
    expect(writtenTables("copy staged_mentions (text) from '/tmp/m.csv' (format csv)")).toEqual(['staged_mentions']);
    expect(writtenTables('truncate table events')).toEqual(['events']);
  });

  it('counts a write word in an upsert, whatever it names (more, never fewer)', () => {
    expect(writtenTables('insert into workspace_themes values (1) on conflict do update set label = excluded.label')).toContain('workspace_themes');
  });

  it('cannot tell for a change of the schema, which may change anything', () => {
    expect(writtenTables('create table scratch as select 1')).toBeNull();
    expect(writtenTables('drop table if exists scratch')).toBeNull();
    expect(writtenTables('alter table responses add column x text')).toBeNull();
  });
});
