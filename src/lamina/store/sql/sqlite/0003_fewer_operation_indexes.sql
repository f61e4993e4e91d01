-- Every checkpoint writes operations: each index on them is one more page to flush per
-- commit. Reading one execution's operations by its primary-key prefix, then ordering
-- them in memory, is cheap enough for the rarer reads that used these indexes.

DROP INDEX operations_by_seq;
DROP INDEX operations_by_change;
