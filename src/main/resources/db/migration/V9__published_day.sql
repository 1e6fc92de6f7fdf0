-- One published rota per team and day, guaranteed by the database (issue 22): publishing a rota claims each of its
-- days here, so two overlapping rotas published at the same moment cannot both go live; the second fails on the
-- primary key (PostgreSQL waits for the first to commit, H2 likewise or times out) and is answered 409.
-- Archiving a rota releases its days. Rotas published before this table existed hold no rows; the read check in
-- RotaService.publish still refuses an overlap with them.
create table published_day (
    team_id  bigint not null references team (id) on delete cascade,
    day_date date   not null,
    rota_id  bigint not null references rota (id) on delete cascade,
    primary key (team_id, day_date)
);
create index published_day_rota_idx on published_day (rota_id);
