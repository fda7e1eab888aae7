-- The dashboard counted automatic approvals by matching the reasons' wording ("automatic decision: ...");
-- the projection now says so in a column of its own, written where the rules decide. Earlier decisions
-- are marked from that wording once, here.
alter table application add column decided_automatically boolean default false not null;
update application set decided_automatically = true where decision_reasons like 'automatic decision:%';
