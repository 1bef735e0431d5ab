-- Availability searches and the grid read prices and inventory for a span of nights over every
-- room type and rate plan (SalesWindow, the grid, rooms left). The unique keys lead with the
-- plan or room type, so without these a search scanned the whole price and inventory tables
-- (found profiling the benchmark, docs/benchmarks.md).
create index room_rate_night_idx on room_rate (night);
create index inventory_night_night_idx on inventory_night (night);
