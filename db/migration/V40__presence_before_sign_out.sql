-- Signing out sets an agent offline; the presence they had chosen is kept here and given back at
-- their next sign-in (NULL: nothing to give back, e.g. they chose again meanwhile).
ALTER TABLE agent_presence ADD COLUMN presence_before_sign_out VARCHAR(10) NULL;
