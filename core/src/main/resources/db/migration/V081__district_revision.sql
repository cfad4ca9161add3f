-- Several nodes on one database (issue 14): each save of a district gets a new revision, which every node reads
-- every half control period, so that an edit made on one node's console goes live on the others.
ALTER TABLE district ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;
