-- A team feed is a public URL: it carries phone numbers and e-mail addresses only when made by a role that may see
-- them (admin, director, member), recorded here when the feed is made (issue 22). Feeds made by plain viewers
-- before this column existed lose the contact details.
alter table feed add column with_contacts boolean not null default true;
update feed set with_contacts = false where created_by in (
    select username from app_user
    where roles not like '%admin%' and roles not like '%director%' and roles not like '%member%');
