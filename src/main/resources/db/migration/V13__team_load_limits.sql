-- Load thresholds become team settings (were server-wide standby.load.* settings); defaults as before.
alter table team add column max_hours_on_call_per_month integer default 160 not null;
alter table team add column max_weekends_per_month integer default 2 not null;
alter table team add column max_nights_in_a_row integer default 3 not null;
