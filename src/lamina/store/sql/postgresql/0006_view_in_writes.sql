-- A checkpoint that goes on from its view checks it in the statement of its writes: its
-- execution's UPDATE holds the view's conditions (queries.sql, `view_holds_where`), and this
-- fails the transaction with LM001 if that UPDATE found no row. Its answer is the
-- transaction's id, which the store keeps to settle a COMMIT whose answer is lost.
CREATE FUNCTION lamina_view_held(p_held boolean, p_arn text) RETURNS text
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT p_held THEN
        RAISE EXCEPTION 'the checkpoint view of % is out of date', p_arn
            USING ERRCODE = 'LM001';
    END IF;
    RETURN pg_current_xact_id()::text;
END $$;
