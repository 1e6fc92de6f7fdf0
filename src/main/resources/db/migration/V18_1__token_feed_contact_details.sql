-- V9_1 took contact details out of team feeds made by viewers who log in, but a feed made with a viewer's API token
-- names the token (token:<id>), not a user, and kept them (issue 22). Such feeds lose the contact details too.
update feed set with_contacts = false where with_contacts = true and created_by in (
    select 'token:' || cast(id as varchar(20)) from api_token
    where roles not like '%admin%' and roles not like '%director%' and roles not like '%member%');
