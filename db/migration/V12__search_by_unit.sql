-- Search reads the reader's entries newest first unit by unit when the reader sees only part of the table (a district
-- of a province, or one status): each unit's entries in order through these indexes, merged, and none of the others
-- read. They replace the index on the unit alone, which they begin with.
create index search_entry_unit_recent_idx on search_entry (unit_id, period_start desc, id desc);
create index search_entry_unit_status_recent_idx on search_entry (unit_id, status, period_start desc, id desc);
drop index search_entry_unit_idx;
analyze search_entry;
