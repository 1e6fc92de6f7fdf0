-- Swap consent (issue 20): a member's swap (or a cover they ask of someone else) waits for the consent of the
-- member who would receive a shift before it reaches a director. consent_member_id is that member; consented_by
-- and consented_at record the acceptance. A declined request keeps the member's answer in decided_by/decided_at.
alter table change_request add column consent_member_id bigint references member (id);
alter table change_request add column consented_by varchar(80);
alter table change_request add column consented_at timestamp with time zone;
