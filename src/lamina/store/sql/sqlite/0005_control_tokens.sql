-- The ClientToken of the last pause or resume, so a retried request is answered again.

ALTER TABLE executions ADD COLUMN control_client_token TEXT;
