"""`make bench`: server-side timings and query counts, on SQLite and (when reachable) PostgreSQL."""
