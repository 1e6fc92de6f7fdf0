-- An agreement version's document (up to 50 services with their promises and a policy) is audited before and after
-- each change; 20000 characters were too few for a large register.
alter table audit_entry alter column before_json set data type varchar(200000);
alter table audit_entry alter column after_json set data type varchar(200000);
